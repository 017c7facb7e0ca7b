namespace PostApprovalBot.Bench;

/// <summary>The targets of issue 15 the burst suite holds its numbers to.</summary>
public static class BurstTargets
{
    /// <summary>A channel's decisions per second, as a fraction of what storage alone does with 1 read + 1 transaction.</summary>
    public const double DecisionsOfCeiling = 1.0;

    /// <summary>A click's p99, as a multiple of the raw storage decision's p99.</summary>
    public const double ClickP99OfCeiling = 1.2;

    public static readonly TimeSpan SlackAckLimit = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan TeamsAckLimit = TimeSpan.FromSeconds(5);

    /// <summary>Table requests while the click is answered: one read and one transaction, plus one cheap cache check.</summary>
    public const double AnswerRequests = 2 + 1;

    public const double BackgroundRequests = 10;

    /// <summary>Requests (and a review-clock pass) with 10,000 drafts, as a multiple of the same with 100.</summary>
    public const double GrowthRatio = 1.2;

    public static readonly TimeSpan SubmissionP99 = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan InboxLagP99 = TimeSpan.FromSeconds(2);
}
