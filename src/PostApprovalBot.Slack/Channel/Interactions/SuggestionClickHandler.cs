using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Slack.Channel.Identity;
using PostApprovalBot.Slack.Channel.Rendering;
using PostApprovalBot.Slack.Views;

namespace PostApprovalBot.Slack.Channel.Interactions;

/// <summary>
/// Accept suggestion, on the submitter's outcome message: the core sends the approver's suggested text as the next revision
/// for the clicker (the button's value only names the draft), and the clicker alone hears how it went.
/// </summary>
public sealed class SuggestionClickHandler(DraftService drafts, SlackContacts contacts, PrivateReplies replies)
{
    public async Task AcceptAsync(string userId, string? channelId, string draftId, CancellationToken cancellationToken)
    {
        var identity = await contacts.ResolveAsync(userId, null, cancellationToken);
        if (!identity.IsKnown)
        {
            await replies.TellAsync(userId, channelId, null, SlackNotice.Refusal(identity.Problem), cancellationToken);
            return;
        }
        var result = await drafts.AcceptSuggestionAsync(identity.Contact.Person, draftId, cancellationToken);
        var answer = result.Succeeded
            ? SlackNotice.Text($"Revision {result.Value.Overview.Draft.CurrentRevision.Number} of draft {result.Value.Overview.Draft.Id} takes the suggested text "
                + $"and is {SlackWording.Standing(result.Value.Overview)}. I will keep you posted here.")
            : SlackNotice.Refusal(result.Refusal!.Message);
        await replies.TellAsync(userId, channelId, identity.Contact, answer, cancellationToken);
    }
}
