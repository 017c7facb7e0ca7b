namespace PostApprovalBot.Storage.Tables;

/// <summary>Every table the bot uses; docs/storage.md explains each one's keys.</summary>
public static class TableNames
{
    public const string Accounts = "accounts";
    public const string Grants = "grants";
    public const string GrantsByScope = "grantsbyscope";
    public const string Routes = "routes";
    public const string Groups = "groups";
    public const string Settings = "settings";
    public const string Drafts = "drafts";
    public const string Inbox = "inbox";
    public const string Audit = "audit";
    public const string People = "people";
    public const string Cards = "cards";
    public const string Claims = "claims";
    public const string Outbox = "outbox";
    public const string Ledger = "ledger";
    public const string Agenda = "agenda";

    public static IReadOnlyList<string> All { get; } = [Accounts, Grants, GrantsByScope, Routes, Groups, Settings, Drafts, Inbox, Audit, People, Cards, Claims, Ledger, Outbox, Agenda];
}
