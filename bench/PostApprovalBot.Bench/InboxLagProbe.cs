using System.Diagnostics;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Bench;

/// <summary>
/// How long after a click's 200 the next stage's approver sees the draft in "waiting for me"
/// (<see cref="DraftService.WaitingForAsync"/>, in process). The sampled drafts are clicked one at a time in the order
/// they were submitted, so each is the newest in the next approver's list once it is there.
/// </summary>
public sealed class InboxLagProbe(BenchWorld world)
{
    public const string Cause = "bench: polling waiting for me";
    private const int ListSize = 20;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(20);

    public async Task<InboxLag> MeasureAsync(IReadOnlyList<ClickTarget> sample)
    {
        var service = world.Host.Services.GetRequiredService<DraftService>();
        var compliance = world.Company.Groups[1];
        var lags = new List<double>();
        var failures = new List<string>();
        await world.Counter.QuietAsync();
        for (var i = 0; i < sample.Count; i++)
        {
            var click = sample[i];
            var next = compliance[i % compliance.Count];
            StepHeaderHandler.Name(ClickBurst.Step);
            using (var response = click.Approver.Teams is { } teams
                ? await world.PostActivityAsync(TeamsActivities.CardClick(world.ServiceUrl, teams, "approve", click.Request.TeamsApproveData!))
                : await world.SlackRequests.InteractionAsync(SlackPayloads.MessageClick(click.Approver.Slack!, click.Request.SlackMessage!, click.Request.SlackApproveButton!, world.SlackRequests.NewTriggerId())))
            {
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"click on {click.DraftId} answered {(int)response.StatusCode}");
                    continue;
                }
            }
            var answered = Stopwatch.GetTimestamp();
            using var scope = TableRequestCounter.Open(Cause);
            while (true)
            {
                var waiting = await service.WaitingForAsync(Person.FromEmail(next.Email, next.Name), ListSize, default);
                if (waiting.Any(d => d.Draft.Id == click.DraftId))
                {
                    lags.Add(Stopwatch.GetElapsedTime(answered).TotalMilliseconds);
                    break;
                }
                if (Stopwatch.GetElapsedTime(answered) > Patience)
                {
                    failures.Add($"{click.DraftId} not in {next.Name}'s list {Patience.TotalSeconds} s after the click's 200");
                    lags.Add(Stopwatch.GetElapsedTime(answered).TotalMilliseconds);
                    break;
                }
                await Task.Delay(PollEvery);
            }
        }
        return new InboxLag(sample.Count, LatencySummary.Of(lags), failures);
    }
}

/// <summary>Inbox lag over a sample: percentiles in ms (a draft never seen counts with the patience as its lag).</summary>
public sealed record InboxLag(int Sample, LatencySummary Lag, IReadOnlyList<string> Failures);
