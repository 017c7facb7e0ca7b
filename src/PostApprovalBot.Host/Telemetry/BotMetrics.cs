using System.Diagnostics.Metrics;
using PostApprovalBot.Storage.Drafts;

namespace PostApprovalBot.Host.Telemetry;

/// <summary>
/// The bot's meter and instruments. Tags are low-cardinality words (verdict, channel, refusal code, table): never a
/// draft id, a person or any text, so a dashboard can sum them and nothing personal leaves the process.
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "PostApprovalBot";
    private OutboxBacklog? _backlog;

    public BotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        Decisions = meter.CreateCounter<long>("bot.decisions", "{decision}", "Stage decisions recorded, by verdict and channel.");
        Refusals = meter.CreateCounter<long>("bot.refusals", "{refusal}", "Actions refused (audited), by refusal code.");
        Submissions = meter.CreateCounter<long>("bot.submissions", "{draft}", "Drafts submitted, by channel.");
        NotificationFailures = meter.CreateCounter<long>("bot.notifications.failed", "{message}", "Chat messages (cards, notices) that failed to send, by channel and kind.");
        NotificationsParked = meter.CreateCounter<long>("bot.notifications.parked", "{notification}", "Outbox notifications parked after too many failures by this instance.");
        RemindersSent = meter.CreateCounter<long>("bot.reminders.sent", "{message}", "SLA reminders and escalations sent, by kind and channel.");
        TableRequestDuration = meter.CreateHistogram<double>("bot.table.request.duration", "s", "Table storage requests, by table, operation and status.");
        meter.CreateObservableGauge("bot.outbox.backlog", () => Observe(b => b.Pending), "{draft}", "Drafts with changes older than the recovery grace still undelivered (as last sampled).");
        meter.CreateObservableGauge("bot.outbox.oldest_age", () => Observe(b => b.OldestAge.TotalSeconds), "s", "Age of the oldest undelivered change (as last sampled).");
        meter.CreateObservableGauge("bot.outbox.parked", () => Observe(b => b.Parked), "{notification}", "Parked notifications waiting for an admin (as last sampled).");
    }

    public Counter<long> Decisions { get; }
    public Counter<long> Refusals { get; }
    public Counter<long> Submissions { get; }
    public Counter<long> NotificationFailures { get; }
    public Counter<long> NotificationsParked { get; }
    public Counter<long> RemindersSent { get; }
    public Histogram<double> TableRequestDuration { get; }

    /// <summary>The backlog gauges report the last sample; none is reported before the first.</summary>
    public void Sampled(OutboxBacklog backlog) => _backlog = backlog;

    private IEnumerable<Measurement<T>> Observe<T>(Func<OutboxBacklog, T> value) where T : struct =>
        _backlog is { } backlog ? [new Measurement<T>(value(backlog))] : [];
}
