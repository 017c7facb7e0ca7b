namespace PostApprovalBot.Core.Spokespersons;

/// <summary>One page of the grants list; <see cref="Next"/> (opaque to callers) reads the following page, null at the end.</summary>
public sealed record GrantPage(IReadOnlyList<SpokespersonGrant> Grants, string? Next);
