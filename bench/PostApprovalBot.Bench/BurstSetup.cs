using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Bench;

/// <summary>
/// Puts drafts in review for the burst: real submissions through the host's <see cref="DraftService"/>, so each
/// one's first stage (Legal) waits for an approver and its approval request really reaches the approvers' chats.
/// Each click target is what one approver's chat then shows: the Teams card's Approve data or the Slack message
/// and its Approve button.
/// </summary>
public sealed class BurstSetup(BenchWorld world)
{
    private const int FirstPost = 100_000;
    private const int Parallelism = 16;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public async Task<BurstDrafts> PrepareAsync(int clicksPerChannel, int lagSample, Action<string> progress)
    {
        var service = world.Host.Services.GetRequiredService<DraftService>();
        var legal = world.Company.Groups[0];
        BenchPerson Approver(bool inTeams, int n) { var members = legal.Where(p => p.InTeams == inTeams).ToList(); return members[n % members.Count]; }
        var slack = Enumerable.Range(FirstPost, clicksPerChannel).Select(post => (post, Approver(false, post))).ToList();
        var teams = Enumerable.Range(FirstPost + clicksPerChannel, clicksPerChannel).Select(post => (post, Approver(true, post))).ToList();
        var lag = Enumerable.Range(FirstPost + 2 * clicksPerChannel, lagSample).Select((post, i) => (post, Approver(i % 2 == 0, post))).ToList();
        await using var watcher = new CardWatcher(world);
        var burst = slack.Concat(teams).Select(c => c.post).ToList();
        var submitted = 0;
        await Parallel.ForEachAsync(burst, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (post, ct) =>
        {
            await SubmitAsync(service, post, ct);
            if (Interlocked.Increment(ref submitted) % 500 == 0) progress($"{submitted}/{burst.Count + lagSample} drafts submitted");
        });
        // One at a time and in this order, so each sampled draft is newer than every draft reviewed before it.
        foreach (var (post, _) in lag) await SubmitAsync(service, post, default);
        progress($"{burst.Count + lagSample} drafts submitted; waiting for their approval requests to reach the approvers");
        var requests = slack.Concat(teams).Concat(lag).Select(c => (Approver: c.Item2, Request: watcher.ApprovalAsync(c.Item2, c.post))).ToList();
        await WaitAllAsync(requests.Select(r => r.Request).ToList(), progress);
        var targets = requests.Select(r => new ClickTarget(r.Approver, r.Request.Result)).ToList();
        return new BurstDrafts(targets[..slack.Count], targets[slack.Count..(slack.Count + teams.Count)], targets[(slack.Count + teams.Count)..]);
    }

    public static string Text(int post) => $"bench-{post:D6}: Contoso opens its new office in Lyon today. Meet the team at the open house on Friday.";

    private async Task SubmitAsync(DraftService service, int post, CancellationToken ct)
    {
        var speaker = world.Company.Spokespersons[post % world.Company.Spokespersons.Count];
        var result = await service.SubmitAsync(Person.FromEmail(speaker.Email, speaker.Name), BenchCompany.AccountId, DraftContent.TextOnly(Text(post)), ct);
        if (!result.Succeeded) throw new InvalidOperationException($"Submitting bench-{post:D6} was refused: {result.Refusal!.Message}");
    }

    private static async Task WaitAllAsync(IReadOnlyList<Task<ApprovalRequest>> requests, Action<string> progress)
    {
        var arrived = 0;
        var lastProgress = DateTime.UtcNow;
        while (arrived < requests.Count)
        {
            await Task.WhenAny(Task.WhenAll(requests), Task.Delay(TimeSpan.FromSeconds(10)));
            var now = requests.Count(r => r.IsCompletedSuccessfully);
            if (now > arrived) lastProgress = DateTime.UtcNow;
            else if (DateTime.UtcNow - lastProgress > Patience)
                throw new TimeoutException($"Only {now} of {requests.Count} approval requests reached the approvers; none more in {Patience.TotalSeconds} s.");
            arrived = now;
            if (arrived < requests.Count) progress($"{arrived}/{requests.Count} approval requests delivered");
        }
    }
}

/// <summary>A click ready to send: the approver, and what their chat shows them for the draft.</summary>
public sealed record ClickTarget(BenchPerson Approver, ApprovalRequest Request)
{
    public string DraftId => Request.DraftId;
}

/// <summary>Drafts waiting at their first stage: one per Slack click, one per Teams click, and the inbox-lag sample (in submission order).</summary>
public sealed record BurstDrafts(IReadOnlyList<ClickTarget> Slack, IReadOnlyList<ClickTarget> Teams, IReadOnlyList<ClickTarget> LagSample);
