namespace PostApprovalBot.Core.Chat;

/// <summary>What looking for a person on a channel gave: their new contact, or why there is none.</summary>
public sealed record ContactSearch(ContactSearchOutcome Outcome, ChatContact? Contact, string Detail)
{
    public static ContactSearch Found(ChatContact contact) => new(ContactSearchOutcome.Found, contact, "");

    /// <summary>The person is not in this Slack workspace or Teams tenant (or has no e-mail there).</summary>
    public static ContactSearch NotFound(string detail) => new(ContactSearchOutcome.NotFound, null, detail);

    /// <summary>The bot may not look people up or open chats with them here until an admin grants it (e.g. Graph consent).</summary>
    public static ContactSearch PermissionMissing(string detail) => new(ContactSearchOutcome.PermissionMissing, null, detail);
}
