using PostApprovalBot.Teams.Activities;

namespace PostApprovalBot.Teams.Connector;

/// <summary>Where to send: the connector the conversation lives on, and the conversation. Store it to message people later.</summary>
public sealed record ConversationReference(string ServiceUrl, string ConversationId)
{
    /// <summary>The conversation an inbound activity came from; null when the activity lacks serviceUrl or conversation.</summary>
    public static ConversationReference? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity is { ServiceUrl: { Length: > 0 } serviceUrl, Conversation.Id: { Length: > 0 } conversationId }
            ? new ConversationReference(serviceUrl, conversationId)
            : null;
    }
}
