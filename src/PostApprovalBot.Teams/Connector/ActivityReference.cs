using PostApprovalBot.Teams.Activities;

namespace PostApprovalBot.Teams.Connector;

/// <summary>A message the bot posted (or received), to reply to or to update in place; store it with the card it carries.</summary>
public sealed record ActivityReference(string ServiceUrl, string ConversationId, string ActivityId)
{
    public ConversationReference Conversation => new(ServiceUrl, ConversationId);

    /// <summary>The inbound activity itself; null when it lacks serviceUrl, conversation or id.</summary>
    public static ActivityReference? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ConversationReference.From(activity) is { } conversation && activity.Id is { Length: > 0 } id
            ? new ActivityReference(conversation.ServiceUrl, conversation.ConversationId, id)
            : null;
    }
}
