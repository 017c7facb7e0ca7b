using System.Collections.Concurrent;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Bench;

/// <summary>
/// Reads the clicked drafts back from storage (the host's own <see cref="IDraftStore"/>) until each shows its Approve
/// decision, and tells when each was taken (the decision's own time). Decisions a channel takes after its answer
/// (Slack's old path) are waited for. Its reads are counted under <see cref="Cause"/>, which the report leaves out.
/// </summary>
public sealed class DecisionVerifier(BenchWorld world)
{
    public const string Cause = "bench: reading decisions back";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> DecidedAsync(IEnumerable<string> draftIds, string stageName)
    {
        var store = world.Host.Services.GetRequiredService<IDraftStore>();
        var pending = new HashSet<string>(draftIds);
        var decided = new ConcurrentDictionary<string, DateTimeOffset>();
        var lastProgress = DateTime.UtcNow;
        using var scope = TableRequestCounter.Open(Cause);
        while (pending.Count > 0 && DateTime.UtcNow - lastProgress < Patience)
        {
            await Parallel.ForEachAsync(pending.ToList(), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (id, ct) =>
            {
                var stored = await store.GetAsync(id, ct);
                var decision = stored?.Draft.Decisions.FirstOrDefault(d => d.StageName == stageName && d.Verdict == Verdict.Approve);
                if (decision is not null) decided[id] = decision.At;
            });
            var before = pending.Count;
            pending.ExceptWith(decided.Keys);
            if (pending.Count < before) lastProgress = DateTime.UtcNow;
            if (pending.Count > 0) await Task.Delay(500);
        }
        return decided;
    }
}
