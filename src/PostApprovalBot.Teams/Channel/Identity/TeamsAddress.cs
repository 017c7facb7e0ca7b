using System.Text.Json;
using PostApprovalBot.Teams.Activities;
using PostApprovalBot.Teams.Connector;

namespace PostApprovalBot.Teams.Channel.Identity;

/// <summary>
/// How to reach one person in Teams, stored as <c>ChatContact.Address</c> (JSON): the connector, tenant, bot and user ids,
/// and the 1:1 conversation once known. Without <see cref="ConversationId"/> the bot creates the 1:1 chat before its first message.
/// </summary>
public sealed record TeamsAddress(string ServiceUrl, string TenantId, string BotId, string UserId, string? ConversationId = null)
{
    public const string PersonalConversation = "personal";

    /// <summary>The 1:1 conversation, when known.</summary>
    public ConversationReference? Conversation() => ConversationId is { Length: > 0 } id ? new ConversationReference(ServiceUrl, id) : null;

    public string Serialize() => JsonSerializer.Serialize(this, TeamsJson.Options);

    /// <summary>Null for a missing or unreadable address (a person the bot cannot reach in Teams).</summary>
    public static TeamsAddress? Parse(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<TeamsAddress>(stored, TeamsJson.Options) is { ServiceUrl.Length: > 0, UserId.Length: > 0 } address ? address : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The sender's address as an authenticated activity shows it; the conversation is kept only from a 1:1 chat.</summary>
    public static TeamsAddress? From(Activity activity, string configuredTenantId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity is not { ServiceUrl.Length: > 0, From.Id.Length: > 0 })
        {
            return null;
        }

        var tenant = activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id ?? configuredTenantId;
        return new TeamsAddress(
            activity.ServiceUrl!, tenant ?? "", activity.Recipient?.Id ?? "", activity.From!.Id, IsPersonal(activity) ? activity.Conversation?.Id : null);
    }

    /// <summary>A 1:1 chat with the bot; tools that send no conversation type (the Bot Framework Emulator) only have those.</summary>
    public static bool IsPersonal(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var type = activity.Conversation?.ConversationType;
        return type is null || string.Equals(type, PersonalConversation, StringComparison.OrdinalIgnoreCase);
    }
}
