namespace PostApprovalBot.Bench;

/// <summary>
/// One channel's click burst with what storage says afterwards: which clicked drafts were decided, and when. The
/// burst's window runs from the release to its last answer or its last decision, whichever came later (a channel
/// may decide after it answers), so decisions per second are those storage holds, over that window.
/// </summary>
public sealed record ChannelBurst(
    ClickBurstRun Run, IReadOnlyDictionary<string, DateTimeOffset> Decided,
    IReadOnlyDictionary<(string Cause, string Table, string Operation), long> Requests)
{
    public int Answered200 => Run.Acks.Count(a => a.Status == 200);

    /// <summary>Answered 200 with what promises the decision (not, say, a Teams card saying the bot was busy).</summary>
    public int Accepted => Run.Acks.Count(a => a.Ok);

    public int Failures => Run.Acks.Count(a => !a.Ok);

    public int DecidedOfAccepted => Run.Acks.Count(a => a.Ok && Decided.ContainsKey(a.Click.DraftId));

    public TimeSpan Window
    {
        get
        {
            var lastDecision = Decided.Count == 0 ? TimeSpan.Zero : Decided.Values.Max() - Run.ReleasedAt;
            return lastDecision > Run.LastAnswerAfter ? lastDecision : Run.LastAnswerAfter;
        }
    }

    public double DecisionsPerSecond => Decided.Count / Window.TotalSeconds;

    /// <summary>Requests made while an inbound request was being answered (the benchmark's own reads left out).</summary>
    public IEnumerable<KeyValuePair<(string Cause, string Table, string Operation), long>> AnswerPath =>
        Requests.Where(r => r.Key.Cause != TableRequestCounter.Background && !r.Key.Cause.StartsWith("bench:", StringComparison.Ordinal));

    public IEnumerable<KeyValuePair<(string Cause, string Table, string Operation), long>> Background =>
        Requests.Where(r => r.Key.Cause == TableRequestCounter.Background);
}
