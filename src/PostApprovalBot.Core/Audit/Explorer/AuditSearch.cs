using PostApprovalBot.Core.Audit.Verification;

namespace PostApprovalBot.Core.Audit.Explorer;

/// <summary>
/// The newest matching events, at most the number asked for; whether more may match ("show more"); how many events the
/// period's ledgers list; and whether the search stopped at <see cref="NewestEvents.MostSubjects"/> subjects before the
/// page was full (narrower dates search the rest).
/// </summary>
public sealed record AuditSearch(IReadOnlyList<StoredAuditRow> Events, bool HasMore, int Listed, bool StoppedAtLimit)
{
    /// <summary>The draft an event is about, when its subject is a draft (refusals on a draft are logged under its id too).</summary>
    public static string? DraftOf(StoredAuditRow row) => row.Subject.Contains(':', StringComparison.Ordinal) ? null : row.Subject;
}
