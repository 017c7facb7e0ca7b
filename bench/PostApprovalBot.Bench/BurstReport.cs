using System.Globalization;

namespace PostApprovalBot.Bench;

/// <summary>The burst suite's and the growth probe's part of the plain-text report; every number with its target says met or MISSED.</summary>
public sealed class BurstReport(TextWriter output)
{
    private readonly List<Target> _targets = [];
    private readonly DateTime _started = DateTime.UtcNow;

    /// <summary>Progress goes to standard error, so the report (standard output) stays the numbers alone.</summary>
    public void Progress(string step) => Console.Error.WriteLine(Invariant($"  [{(DateTime.UtcNow - _started).TotalSeconds,5:0} s] {step}"));

    public void Ceiling(CeilingResult ceiling)
    {
        Section($"Burst: raw storage ceiling, Azure.Data.Tables straight to Azurite (1 point read + 1 transaction: header replaced with If-Match, 2 rows added), {ceiling.Workers} workers, distinct partitions");
        Line($"  {ceiling.Decisions} decisions in {ceiling.Elapsed.TotalSeconds:0.00} s = {ceiling.PerSecond:0.0} decisions/s; {ceiling.Latency}");
    }

    public void Clicks(ChannelBurst burst, CeilingResult ceiling)
    {
        var run = burst.Run;
        var name = run.Channel.Split(' ')[0];
        var limit = name == "Slack" ? BurstTargets.SlackAckLimit : BurstTargets.TeamsAckLimit;
        Section($"Burst: {run.Acks.Count} {run.Channel} clicks, {run.Clients} clients released together, each on its own draft");
        Line($"  answers: {burst.Accepted} x 200 promising the decision, {burst.Answered200 - burst.Accepted} x 200 saying no (busy), {run.Acks.Count - burst.Answered200} other (non-200 or no answer); last answer {run.LastAnswerAfter.TotalSeconds:0.00} s after the release");
        foreach (var failure in run.Acks.Where(a => !a.Ok).Select(a => a.Error).Distinct().Take(5)) Line($"    failure: {failure}");
        Line($"  ack latency: {run.Latency}");
        Line($"  decided in storage: {burst.DecidedOfAccepted} of the {burst.Accepted} clicks answered 200 with a promise ({burst.Decided.Count} of all clicks); last decision {burst.Window.TotalSeconds:0.00} s after the release");
        Line($"  {burst.DecisionsPerSecond:0.0} decisions/s = {burst.DecisionsPerSecond / ceiling.PerSecond:0.00} x the ceiling's {ceiling.PerSecond:0.0}/s; p99 {run.Latency.P99:0} ms = {run.Latency.P99 / ceiling.Latency.P99:0.00} x the ceiling's {ceiling.Latency.P99:0} ms");
        var answer = burst.AnswerPath.Sum(r => r.Value) / (double)Math.Max(1, run.Acks.Count);
        var background = burst.Background.Sum(r => r.Value) / (double)Math.Max(1, burst.Decided.Count);
        Line($"  table requests: {answer:0.00} per click while it was answered, {background:0.00} per decision in the background after the answers");
        if (!burst.AnswerPath.Any(r => r.Key.Table == "drafts" && r.Key.Operation == "transaction"))
            Line($"    note: no drafts transaction while answering: this channel decided after its answer, so its ack latency does not include the decision (decisions/s does)");
        Breakdown("answer path, per click", burst.AnswerPath, run.Acks.Count);
        Breakdown("background, per decision", burst.Background, burst.Decided.Count);
        Check(Target.Min($"{name}: clicks answered 200 that storage shows decided", burst.Accepted == 0 ? 0 : (double)burst.DecidedOfAccepted / burst.Accepted * 100, 100, " %"));
        Check(Target.Max($"{name}: failures (non-200, busy or unexpected answer)", burst.Failures, 0));
        Check(Target.Min($"{name}: decisions/s as a multiple of the ceiling", burst.DecisionsPerSecond / ceiling.PerSecond, BurstTargets.DecisionsOfCeiling, "x"));
        Check(Target.Max($"{name}: click p99 as a multiple of the ceiling's p99", run.Latency.P99 / ceiling.Latency.P99, BurstTargets.ClickP99OfCeiling, "x"));
        Check(Target.Max($"{name}: click p99", run.Latency.P99, limit.TotalMilliseconds, " ms"));
        Check(Target.Max($"{name}: table requests per click, answer path (2 + 1 cache check)", answer, BurstTargets.AnswerRequests));
        Check(Target.Max($"{name}: table requests per decision, background", background, BurstTargets.BackgroundRequests));
    }

    public void Submissions(SubmissionBurstRun run)
    {
        Section($"Burst: {run.Count} submissions released together, {run.Channel}, to the account under frequency rules ({run.InAccountBefore} drafts in it before)");
        Line($"  ack latency: {run.Latency}; failures: {run.Failures.Count}");
        foreach (var failure in run.Failures.Distinct().Take(5)) Line($"    failure: {failure}");
        var answer = run.Requests.Where(r => r.Key.Cause != TableRequestCounter.Background);
        Line($"  table requests: {answer.Sum(r => r.Value) / (double)run.Count:0.00} per submission while answered, {run.Requests.Where(r => r.Key.Cause == TableRequestCounter.Background).Sum(r => r.Value) / (double)run.Count:0.00} in the background");
        Breakdown("answer path, per submission", answer, run.Count);
        var name = run.Channel.Split(' ')[0];
        Check(Target.Max($"{name}: submission p99, {run.Count} at once", run.Latency.P99, BurstTargets.SubmissionP99.TotalMilliseconds, " ms"));
        Check(Target.Max($"{name}: submission failures", run.Failures.Count, 0));
    }

    public void InboxLag(InboxLag lag)
    {
        Section($"Inbox lag: from a click's 200 to the draft in the next approver's \"waiting for me\", {lag.Sample} clicks one at a time (half Teams, half Slack)");
        Line($"  {lag.Lag}; not seen within 30 s: {lag.Failures.Count}");
        foreach (var failure in lag.Failures.Take(5)) Line($"    {failure}");
        Check(Target.Max("inbox lag p99", lag.Lag.P99, BurstTargets.InboxLagP99.TotalMilliseconds, " ms"));
    }

    public void Memory(double selfMiB, double? azuriteMiB) =>
        Line($"\nPeak working set: {selfMiB:0} MiB for this process (bot + clients + stand-ins), {(azuriteMiB is { } a ? a.ToString("0", CultureInfo.InvariantCulture) : "?")} MiB for Azurite");

    public void GrowthHeader(IReadOnlyList<int> sizes) =>
        Section($"Growth: one account under frequency rules with {string.Join(" then ", sizes.Order())} drafts in review; a review-clock pass (nothing due), a Teams submission and the web view's queue page of the first-stage approver, table requests and latency");

    public void GrowthStep(GrowthResult r)
    {
        Line($"  {r.DraftsInAccount,6} drafts in the account (filled in {r.FillTime.TotalSeconds:0} s; one copy = {r.CopyShape}):");
        Line($"    review-clock pass  {r.ClockPass.Requests,8:0.0} requests  {r.ClockPass.Latency}");
        Line($"      {string.Join(", ", r.ClockPass.ByTable.OrderByDescending(t => t.Value).Select(t => Invariant($"{t.Value:0.0} {t.Key}")))}");
        Line($"    submission, answer {r.Submission.Requests,8:0.0} requests  {r.Submission.Latency}");
        Line($"      {string.Join(", ", r.Submission.ByTable.OrderByDescending(t => t.Value).Select(t => Invariant($"{t.Value:0.0} {t.Key}")))}");
        Line($"    web queue page     {r.WebQueue.Requests,8:0.0} requests  {r.WebQueue.Latency}");
        Line($"      {string.Join(", ", r.WebQueue.ByTable.OrderByDescending(t => t.Value).Select(t => Invariant($"{t.Value:0.0} {t.Key}")))}");
    }

    public void Growth(IReadOnlyList<GrowthResult> results)
    {
        if (results.Count < 2) return;
        var (small, large) = (results[0], results[^1]);
        Line($"  ratio {large.DraftsInAccount}/{small.DraftsInAccount}: review-clock pass requests x{large.ClockPass.Requests / small.ClockPass.Requests:0.00}, p50 x{large.ClockPass.Latency.P50 / small.ClockPass.Latency.P50:0.00}; submission requests x{large.Submission.Requests / small.Submission.Requests:0.00}, p50 x{large.Submission.Latency.P50 / small.Submission.Latency.P50:0.00}");
        Check(Target.Max($"review-clock pass requests, {large.DraftsInAccount} vs {small.DraftsInAccount} drafts in review", large.ClockPass.Requests / small.ClockPass.Requests, BurstTargets.GrowthRatio, "x"));
        Check(Target.Max($"submission requests (answer path), {large.DraftsInAccount} vs {small.DraftsInAccount} drafts in the account", large.Submission.Requests / small.Submission.Requests, BurstTargets.GrowthRatio, "x"));
        Line($"  web queue page: requests x{large.WebQueue.Requests / small.WebQueue.Requests:0.00}, p50 x{large.WebQueue.Latency.P50 / small.WebQueue.Latency.P50:0.00}");
        Check(Target.Max($"web queue page requests, {large.DraftsInAccount} vs {small.DraftsInAccount} drafts waiting for the approver", large.WebQueue.Requests / small.WebQueue.Requests, BurstTargets.GrowthRatio, "x"));
    }

    /// <summary>Every target this run measured, met or missed, in one list at the end.</summary>
    public void Summary()
    {
        if (_targets.Count == 0) return;
        Section($"Targets: {_targets.Count(t => t.Met)} met, {_targets.Count(t => !t.Met)} missed");
        foreach (var target in _targets) Line($"  {target}");
    }

    private void Check(Target target)
    {
        _targets.Add(target);
        Line($"  -> {target}");
    }

    private void Breakdown(string what, IEnumerable<KeyValuePair<(string Cause, string Table, string Operation), long>> requests, int divisor)
    {
        var items = requests.GroupBy(r => (r.Key.Table, r.Key.Operation)).Select(g => (g.Key, Per: g.Sum(r => r.Value) / (double)Math.Max(1, divisor))).OrderByDescending(i => i.Per).ToList();
        if (items.Count > 0) Line($"    {what}: {string.Join(", ", items.Select(i => Invariant($"{i.Per:0.00} {i.Key.Table} {i.Key.Operation}")))}");
    }

    private void Section(string title)
    {
        output.WriteLine();
        output.WriteLine($"== {title} ==");
    }

    private void Line(FormattableString text) => output.WriteLine(Invariant(text));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
