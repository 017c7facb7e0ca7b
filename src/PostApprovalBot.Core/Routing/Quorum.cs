namespace PostApprovalBot.Core.Routing;

/// <summary>How many approvals a stage needs: any one member, all eligible members, or at least N.</summary>
public sealed record Quorum(QuorumKind Kind, int Count = 1)
{
    public static Quorum AnyOne { get; } = new(QuorumKind.AnyOne);

    public static Quorum All { get; } = new(QuorumKind.All);

    public static Quorum AtLeast(int count) =>
        count >= 1 ? new(QuorumKind.AtLeast, count) : throw new ArgumentOutOfRangeException(nameof(count), "A quorum needs at least one approval.");

    /// <summary>A quorum as people type it in configuration, the API and the web page: "any" (or nothing), "all" or a number; null when not understood.</summary>
    public static Quorum? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "any" or "anyone" => AnyOne,
        "all" => All,
        var n when int.TryParse(n, out var count) && count > 0 => AtLeast(count),
        _ => null,
    };

    /// <summary>Whether the distinct approvals meet the quorum, given how many people may approve.</summary>
    public bool IsMet(int distinctApprovals, int eligibleApprovers) => Kind switch
    {
        QuorumKind.AnyOne => distinctApprovals >= 1,
        QuorumKind.All => eligibleApprovers > 0 && distinctApprovals >= eligibleApprovers,
        QuorumKind.AtLeast => distinctApprovals >= Count,
        _ => false,
    };

    /// <summary>How many eligible people a stage needs so that this quorum can be met at all.</summary>
    public int MinimumApprovers => Kind == QuorumKind.AtLeast ? Count : 1;

    public override string ToString() => Kind switch
    {
        QuorumKind.AnyOne => "any one",
        QuorumKind.All => "all",
        _ => $"at least {Count}",
    };
}
