using System.Collections.Concurrent;
using System.Diagnostics;

namespace PostApprovalBot.Bench;

/// <summary>
/// Submissions sent all at once, each by its own client released at the same moment: Teams draft-form invokes, or
/// Slack modal submissions (the modals opened beforehand with /post, as people would have them open). They go to
/// the account under frequency rules, so each runs the frequency check.
/// </summary>
public sealed class SubmissionBurst(BenchWorld world)
{
    public const string Step = "submit";
    private static int _post = 800_000;

    /// <param name="inAccount">Drafts already in the account when the burst is released (the frequency check reads them).</param>
    public async Task<SubmissionBurstRun> RunAsync(bool teams, int count, int inAccount)
    {
        var people = world.Company.Spokespersons.Where(p => p.InTeams == teams).ToList();
        var sends = new List<Func<Task<string?>>>();
        await using (var watcher = new CardWatcher(world))
        {
            for (var i = 0; i < count; i++)
            {
                var person = people[i % people.Count];
                var text = BurstSetup.Text(Interlocked.Increment(ref _post));
                if (person.Teams is { } persona)
                {
                    sends.Add(() => TeamsDraftForm.SubmitAsync(world, persona, BenchCompany.RulesAccountId, text));
                    continue;
                }
                var trigger = world.SlackRequests.NewTriggerId();
                using (var command = await world.SlackRequests.SlashCommandAsync(person.Slack!, "", trigger))
                    if (command.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"/post was answered {(int)command.StatusCode}.");
                var view = await watcher.OpenedViewAsync(trigger).WaitAsync(TimeSpan.FromSeconds(60));
                var payload = SlackPayloads.ViewSubmission(person.Slack!, view, SlackPayloads.DraftForm(view, BenchCompany.RulesAccountId, text));
                sends.Add(() => SlackSubmitAsync(payload));
            }
        }
        await ReleasedTogether.WarmConnectionsAsync(world, count);
        await world.Counter.QuietAsync();
        var queue = new ConcurrentQueue<Func<Task<string?>>>(sends);
        var answers = new ConcurrentBag<(TimeSpan Elapsed, string? Error)>();
        await ReleasedTogether.RunAsync(world, count, Step, async () =>
        {
            if (queue.TryDequeue(out var send)) answers.Add(await TimedAsync(send));
        });
        await world.Counter.QuietAsync();
        return new SubmissionBurstRun(teams ? "Teams draft form (invoke)" : "Slack modal (view_submission)", count, inAccount,
            LatencySummary.Of(answers.Select(a => a.Elapsed.TotalMilliseconds)), answers.Select(a => a.Error).OfType<string>().ToList(), world.Counter.Snapshot());
    }

    private async Task<string?> SlackSubmitAsync(JsonObject payload)
    {
        using var response = await world.SlackRequests.InteractionAsync(payload);
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK && body.Contains("\"clear\"", StringComparison.Ordinal) ? null : $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 200)]}";
    }

    private static async Task<(TimeSpan, string?)> TimedAsync(Func<Task<string?>> send)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var failure = await send();
            return (Stopwatch.GetElapsedTime(started), failure);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (Stopwatch.GetElapsedTime(started), e.GetType().Name + ": " + e.Message);
        }
    }
}

/// <summary>What a submission burst measured; <see cref="Requests"/> counts from the release until the host was quiet again.</summary>
public sealed record SubmissionBurstRun(
    string Channel, int Count, int InAccountBefore, LatencySummary Latency, IReadOnlyList<string> Failures,
    IReadOnlyDictionary<(string Cause, string Table, string Operation), long> Requests);
