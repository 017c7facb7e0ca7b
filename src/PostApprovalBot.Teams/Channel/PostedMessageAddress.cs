using System.Text.Json;
using System.Text.Json.Nodes;
using PostApprovalBot.Teams.Connector;

namespace PostApprovalBot.Teams.Channel;

/// <summary>A message the bot posted in Teams, as stored in <c>PostedCard.MessageAddress</c> (JSON) so it can be updated in place.</summary>
public static class PostedMessageAddress
{
    public static string Write(ActivityReference message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new JsonObject
        {
            ["serviceUrl"] = message.ServiceUrl,
            ["conversationId"] = message.ConversationId,
            ["activityId"] = message.ActivityId,
        }.ToJsonString();
    }

    /// <summary>The message; throws <see cref="FormatException"/> for an address this channel did not write.</summary>
    public static ActivityReference Read(string stored)
    {
        try
        {
            var json = JsonNode.Parse(stored);
            if ((string?)json?["serviceUrl"] is { Length: > 0 } serviceUrl
                && (string?)json["conversationId"] is { Length: > 0 } conversationId
                && (string?)json["activityId"] is { Length: > 0 } activityId)
            {
                return new ActivityReference(serviceUrl, conversationId, activityId);
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new FormatException("The stored Teams message address is not readable.", ex);
        }

        throw new FormatException("The stored Teams message address lacks serviceUrl, conversationId or activityId.");
    }
}
