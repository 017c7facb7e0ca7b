using PostApprovalBot.Core.Audit.Explorer;
using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Audit.Export;

/// <summary>
/// What to export: the days From..To (UTC, inclusive), optionally narrowed to one company account, to one person (as
/// submitter, author, approver or actor) or to one action (drafts with such an event in the period, and such other events).
/// <see cref="LedgerOnly"/> finds the period's events through the daily ledgers, as the web view does, so the cost follows
/// the period; otherwise the tables are scanned, which also finds events missing from every ledger (the CLI and the API).
/// </summary>
public sealed record AuditExportRequest(DateOnly From, DateOnly To, string? AccountId = null, PersonId? Person = null, string? Action = null, bool LedgerOnly = false)
{
    public AuditEventFilter Filter => new(AccountId, Person, Action);

    public string? Validate() => To < From ? "The export period ends before it starts." : null;
}
