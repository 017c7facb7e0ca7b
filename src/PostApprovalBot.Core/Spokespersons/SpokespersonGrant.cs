using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Spokespersons;

/// <summary>The right of one person to submit posts for an account or a platform, for a while.</summary>
public sealed record SpokespersonGrant(
    string Id,
    PersonId Person,
    GrantScope Scope,
    PersonId GrantedBy,
    DateTimeOffset GrantedAt,
    DateTimeOffset? ExpiresAt = null,
    DateTimeOffset? RevokedAt = null,
    PersonId? RevokedBy = null)
{
    public bool IsActiveAt(DateTimeOffset at) =>
        GrantedAt <= at && (ExpiresAt is null || at < ExpiresAt) && (RevokedAt is null || at < RevokedAt);

    public SpokespersonGrant Revoke(PersonId by, DateTimeOffset at) => this with { RevokedAt = at, RevokedBy = by };
}
