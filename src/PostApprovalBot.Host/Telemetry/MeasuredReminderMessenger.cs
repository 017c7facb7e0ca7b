using System.Diagnostics;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Reminders;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Host.Telemetry;

/// <summary>A channel's reminder messenger with a span per reminder or escalation and a count of those sent.</summary>
public sealed class MeasuredReminderMessenger(IReminderMessenger inner, BotMetrics metrics) : IReminderMessenger
{
    public ChatChannel Channel => inner.Channel;

    public async Task SendReminderAsync(ChatContact recipient, DueReminder reminder, DraftOverview overview, CancellationToken cancellationToken)
    {
        using var span = BotTracing.Start("reminder.send", reminder.DraftId, ActivityKind.Producer);
        span?.SetTag("reminder.kind", reminder.Kind.ToString());
        try
        {
            await inner.SendReminderAsync(recipient, reminder, overview, cancellationToken);
        }
        catch (Exception e)
        {
            span.Failed(e);
            throw;
        }
        metrics.RemindersSent.Add(1, new("kind", reminder.Kind.ToString()), new("channel", inner.Channel.ToString()));
    }
}
