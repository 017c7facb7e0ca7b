using System.Globalization;

namespace PostApprovalBot.Bench;

/// <summary>The plain-text report: the numbers the README's Performance section quotes.</summary>
public sealed class BenchReport(TextWriter output)
{
    public void Header(BenchOptions options) =>
        output.WriteLine(Invariant($"PostApprovalBot benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; machine: {Environment.ProcessorCount} cores, {PeakMemory.MachineGiB():0.0} GiB memory, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; .NET {Environment.Version}\n")
            + "options: " + options);

    public void Load(LoadResult result)
    {
        var tally = result.Tally;
        output.WriteLine();
        output.WriteLine(Invariant($"== Load: {result.Posts} posts through 3 stages, {result.Concurrency} concurrent clients (half Teams, half Slack) =="));
        output.WriteLine(Invariant($"{tally.Decisions} decisions in {result.Elapsed.TotalSeconds:0.0} s = {result.DecisionsPerSecond:0.0} decisions/s; posts approved end to end: {tally.Completed}/{result.Posts}; failures: {tally.Failures}"));
        foreach (var failure in tally.FirstFailures) output.WriteLine("  failure: " + failure);
        output.WriteLine("Acknowledgement latency (client side, request sent to answer read):");
        foreach (var (endpoint, summary) in result.Latencies) output.WriteLine(Invariant($"  {endpoint,-58} {summary}"));
        var total = result.Requests.Values.Sum();
        output.WriteLine(Invariant($"Table requests during the run: {total} = {Per(total, tally.Decisions)} per decision (submissions and notifications included)"));
        Causes(result.Requests, TableRequestCounter.ScopesOpened(), tally.Decisions);
    }

    public void DecisionPath(DecisionCost cost)
    {
        output.WriteLine();
        output.WriteLine(Invariant($"== Decision path alone: {cost.Posts} posts submitted and approved one at a time through DraftService ({cost.Decisions} decisions) =="));
        foreach (var (call, summary) in cost.Latencies) output.WriteLine(Invariant($"  {call,-58} {summary}"));
        Causes(cost.Requests, TableRequestCounter.ScopesOpened(), cost.Decisions);
    }

    public void Memory(double selfMiB, double? azuriteMiB) =>
        output.WriteLine(Invariant($"\nPeak working set: {selfMiB:0} MiB for this process (bot + clients + stand-ins), {(azuriteMiB is { } a ? a.ToString("0", CultureInfo.InvariantCulture) : "?")} MiB for Azurite"));

    public void ScaleHeader()
    {
        output.WriteLine();
        output.WriteLine("== \"My drafts\" and \"waiting for me\" with more drafts in storage (same person, 20 drafts each list) ==");
    }

    public void ScaleStep(ScaleResult r) =>
        output.WriteLine(Invariant($"  {r.DraftsInStorage,7} drafts in storage (filled in {r.SeedTime.TotalSeconds:0} s):\n    my drafts       {r.MyDrafts.Latency}, {r.MyDrafts.Requests:0.0} table requests per call\n    waiting for me  {r.WaitingForMe.Latency}, {r.WaitingForMe.Requests:0.0} table requests per call"));

    public void Scale(IReadOnlyList<ScaleResult> results)
    {
        if (results.Count < 2) return;
        var (small, large) = (results[0], results[^1]);
        output.WriteLine(Invariant($"  ratio {large.DraftsInStorage}/{small.DraftsInStorage}: my drafts p50 ×{large.MyDrafts.Latency.P50 / small.MyDrafts.Latency.P50:0.00}, requests ×{large.MyDrafts.Requests / small.MyDrafts.Requests:0.00}; waiting for me p50 ×{large.WaitingForMe.Latency.P50 / small.WaitingForMe.Latency.P50:0.00}, requests ×{large.WaitingForMe.Requests / small.WaitingForMe.Requests:0.00}"));
    }

    private void Causes(IReadOnlyDictionary<(string Cause, string Table, string Operation), long> requests, IReadOnlyDictionary<string, long> scopes, int decisions)
    {
        foreach (var cause in requests.GroupBy(r => r.Key.Cause).OrderBy(g => g.Key == TableRequestCounter.Background).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var background = cause.Key == TableRequestCounter.Background;
            var divisor = background ? decisions : scopes.GetValueOrDefault(cause.Key, 1);
            var unit = background ? "per decision" : "per call";
            output.WriteLine(Invariant($"  {cause.Key} ({(background ? "after the answer" : $"{divisor} calls")}): {Per(cause.Sum(c => c.Value), divisor)} table requests {unit}"));
            foreach (var item in cause.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Table, StringComparer.Ordinal))
                output.WriteLine(Invariant($"      {Per(item.Value, divisor),6}  {item.Key.Table} {item.Key.Operation}"));
        }
    }

    private static string Per(long count, long divisor) => (divisor == 0 ? 0 : (double)count / divisor).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
