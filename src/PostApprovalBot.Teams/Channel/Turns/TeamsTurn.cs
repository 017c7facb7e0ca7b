using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Teams.Activities;
using PostApprovalBot.Teams.Channel.Identity;
using PostApprovalBot.Teams.Connector;

namespace PostApprovalBot.Teams.Channel.Turns;

/// <summary>One authenticated activity and the person who sent it, as the directory knows them.</summary>
public sealed record TeamsTurn(Activity Activity, ChatContact Contact, ConversationReference Conversation)
{
    /// <summary>Who acts: always from the authenticated activity's sender, never from card data.</summary>
    public Person Person => Contact.Person;

    public bool IsPersonalChat => TeamsAddress.IsPersonal(Activity);

    /// <summary>
    /// The key of this inbound request for an idempotent submission: the Bot Connector re-delivers an activity it thinks was
    /// lost with the same id in the same conversation. Null when the activity has no id.
    /// </summary>
    public string? RequestKey => Activity.Id is { Length: > 0 } id ? $"teams-activity:{Conversation.ConversationId}|{id}" : null;

    /// <summary>
    /// The key of a click on a card's form: the message that carries the card (the activity's replyToId), so that a second
    /// click on the same Submit, which Teams sends as a new activity, is the same request (the core keys a request by what it
    /// sent too: the same form sent with other values is another request). The activity's key when it names no message.
    /// </summary>
    public string? CardRequestKey => Activity.ReplyToId is { Length: > 0 } card ? $"teams-card:{Conversation.ConversationId}|{card}" : RequestKey;
}
