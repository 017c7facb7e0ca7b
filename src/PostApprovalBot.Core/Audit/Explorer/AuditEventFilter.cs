using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Audit.Explorer;

/// <summary>
/// Which audit events concern an account, a person and an action. Shared by the explorer's table and the export, so the
/// page, the download and the CLI agree on what "concerns linkedin-contoso" means.
/// </summary>
public sealed record AuditEventFilter(string? AccountId = null, PersonId? Person = null, string? Action = null)
{
    public bool IsEmpty => AccountId is null && Person is null && Action is null;

    /// <summary>
    /// One event, given the account of its subject (a draft's account, or the account an <c>account:</c> subject names):
    /// by the person when they acted or an admin change names them; by the account when the subject is the account's or
    /// an admin change names it.
    /// </summary>
    public bool Matches(AuditEvent e, string? subjectAccount)
    {
        if (Action is { } action && e.Action != action) return false;
        if (Person is { } person && e.Actor.Id != person && !Mentions(e, person.Value)) return false;
        return AccountId is not { } account || subjectAccount == account || Mentions(e, account);
    }

    // Admin changes record the changed item as JSON (subject "admin:<area>"): one that names the account or
    // the person as a JSON string value concerns them (a grant to that person, a route of that account).
    public static bool Mentions(AuditEvent e, string value)
    {
        if (!e.Subject.StartsWith("admin:", StringComparison.Ordinal)) return false;
        var quoted = "\"" + value + "\"";
        return (e.Before?.Contains(quoted, StringComparison.OrdinalIgnoreCase) ?? false) || (e.After?.Contains(quoted, StringComparison.OrdinalIgnoreCase) ?? false);
    }
}
