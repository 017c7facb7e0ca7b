using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PostApprovalBot.Integration.Tests.Infrastructure;
using PostApprovalBot.Integration.Tests.Teams.Support;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Telemetry;

/// <summary>
/// Issue 17: one Teams approval, exported to OpenTelemetry's in-memory exporters, shows the decision, the read and the
/// commit under the click's request, the notification delivery in the same trace with a span per message sent, all
/// tagged with the draft id and nothing personal; and the metrics count the submission and the decision by verdict and
/// channel, and time the table requests.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Host")]
public sealed class ApprovalTelemetryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string PostText = "Telemetry must never carry this sentence about Lyon. https://contoso.com/lyon";
    private readonly List<Activity> spans = [];
    private readonly List<MetricSnapshot> metrics = [];
    private TeamsBot bot = null!;

    public async Task InitializeAsync() => bot = await TeamsBot.StartAsync(azurite, services =>
    {
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
        services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
    }, ("Telemetry:Enabled", "true"));

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task One_approval_shows_decision_commit_and_each_notification_as_spans_with_the_draft_id_and_counts_it()
    {
        await bot.InstallAsync(Emma, Lena, Colin);
        var draftId = await SubmitAsync();
        var card = await bot.WaitForAsync("Lena's approval card", c => c.IsPost && c.ConversationId == Lena.PersonalChat && c.CardText.Contains(draftId) && CardReading.OffersDecisions(c.Card!));

        await bot.ClickAsync(Lena, "approve", CardReading.Click(card.Card!, "approve"));
        await bot.WaitForAsync("Colin's approval card", c => c.IsPost && c.ConversationId == Colin.PersonalChat && c.CardText.Contains(draftId) && CardReading.OffersDecisions(c.Card!));
        var decide = await SpanAsync(s => s.OperationName == "draft.decide" && Tag(s, "draft.id") == draftId);
        var delivery = await SpanAsync(s => s.OperationName == "notification.deliver" && s.TraceId == decide.TraceId);
        await SpanAsync(s => s.OperationName == "notification.send" && s.ParentSpanId == delivery.SpanId && Tag(s, "notification.kind") == "approval-card");
        bot.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Span[] trace = [.. Snapshot().Where(s => s.TraceId == decide.TraceId).Select(s => new Span(s))];
        var request = Assert.Single(trace, s => s.Id == decide.ParentSpanId);
        Assert.Equal(ActivityKind.Server, request.Activity.Kind);
        Assert.Equal("/api/messages", Tag(request.Activity, "url.path"));
        Assert.Contains(trace, s => s.Name == "teams.authenticate" && s.ParentId == request.Id);
        Assert.Contains(trace, s => s.Name == "draft.read" && s.ParentId == decide.SpanId && s.DraftId == draftId);
        var commit = Assert.Single(trace, s => s.Name == "draft.commit" && s.ParentId == decide.SpanId);
        Assert.Equal(draftId, commit.DraftId);
        Assert.Equal("Committed", Tag(commit.Activity, "commit.outcome"));
        Assert.Equal(decide.SpanId, delivery.ParentSpanId);
        var sends = trace.Where(s => s.Name == "notification.send").ToList();
        Assert.Contains(sends, s => Tag(s.Activity, "notification.kind") == "approval-card" && Tag(s.Activity, "chat.channel") == "Teams");
        Assert.All(sends, s => Assert.Equal(draftId, s.DraftId));
        Assert.Contains(trace, s => s.Name == "notification.effects" && s.DraftId == draftId);

        var leaks = Snapshot().SelectMany(s => s.TagObjects.Select(t => (Span: s.OperationName, t.Key, Value: t.Value?.ToString() ?? "")))
            .Where(t => t.Value.Contains("Lyon", StringComparison.Ordinal) || t.Value.Contains("@contoso.com", StringComparison.OrdinalIgnoreCase)
                || t.Value.Contains("Lena", StringComparison.Ordinal) || t.Value.Contains("PartitionKey", StringComparison.Ordinal))
            .ToList();
        Assert.True(leaks.Count == 0, "Personal data or post text in span tags: " + string.Join("; ", leaks.Take(5)));

        Assert.Equal(1, Sum("bot.submissions", ("channel", "teams")));
        Assert.Equal(1, Sum("bot.decisions", ("verdict", "Approve"), ("channel", "teams")));
        Assert.Equal(0, Sum("bot.refusals"));
        var tableRequests = Points("bot.table.request.duration", ("table", "drafts"), ("operation", "transaction")).ToList();
        Assert.NotEmpty(tableRequests);
        Assert.True(tableRequests.Sum(p => p.GetHistogramCount()) >= 2, "A submission and a decision are two draft transactions.");
    }

    private async Task<string> SubmitAsync()
    {
        await bot.SayAsync(Emma, "new");
        var form = await bot.WaitForAsync("the draft form", c => c.ConversationId == Emma.PersonalChat && c.CardText.Contains("New post for approval"));
        var answer = await bot.ClickAsync(Emma, "submitDraft", CardReading.Click(form.Card!, "submitDraft",
            ("accountId", TeamsCompany.AccountId), ("text", PostText), ("timeZoneId", "UTC")));
        return CardReading.DraftId(CardReading.Text(CardReading.AnswerCard(answer)));
    }

    private List<Activity> Snapshot()
    {
        lock (spans) return [.. spans];
    }

    // Spans are exported as they end; the delivery ends after the card the test waited for was sent.
    private async Task<Activity> SpanAsync(Func<Activity, bool> match)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (Snapshot().FirstOrDefault(match) is { } found) return found;
            await Task.Delay(50);
        }
        throw new TimeoutException("No such span within 20 s. Spans: " + string.Join(", ", Snapshot().Select(s => s.OperationName).Distinct()));
    }

    private IEnumerable<MetricPoint> Points(string name, params (string Key, string Value)[] tags)
    {
        var last = metrics.LastOrDefault(m => m.Name == name);
        if (last is null) yield break;
        foreach (var point in last.MetricPoints)
        {
            var pointTags = new Dictionary<string, string?>();
            foreach (var tag in point.Tags) pointTags[tag.Key] = tag.Value?.ToString();
            if (tags.All(t => pointTags.TryGetValue(t.Key, out var v) && v == t.Value)) yield return point;
        }
    }

    private long Sum(string name, params (string Key, string Value)[] tags) => Points(name, tags).Sum(p => p.GetSumLong());

    private static string? Tag(Activity span, string key) => span.GetTagItem(key)?.ToString();

    private sealed record Span(Activity Activity)
    {
        public string Name => Activity.OperationName;
        public ActivitySpanId Id => Activity.SpanId;
        public ActivitySpanId ParentId => Activity.ParentSpanId;
        public string? DraftId => Tag(Activity, "draft.id");
    }
}
