using PostApprovalBot.Core.Audit.Verification;

namespace PostApprovalBot.Core.Audit.Explorer;

/// <summary>
/// The newest matching events, at most the number asked for, and how many matched in all, so the page can offer
/// "show more". <see cref="Read"/> is how many events the period's ledgers listed.
/// </summary>
public sealed record AuditSearch(IReadOnlyList<StoredAuditRow> Events, int Matched, int Read)
{
    public bool HasMore => Matched > Events.Count;

    /// <summary>The draft an event is about, when its subject is a draft (refusals on a draft are logged under its id too).</summary>
    public static string? DraftOf(StoredAuditRow row) => row.Subject.Contains(':', StringComparison.Ordinal) ? null : row.Subject;
}
