using Microsoft.Extensions.Logging;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Slack.Channel.Identity;
using PostApprovalBot.Slack.Channel.Rendering;
using PostApprovalBot.Slack.Views;

namespace PostApprovalBot.Slack.Channel.Interactions;

/// <summary>
/// Accept suggestion, on the submitter's outcome message: the core sends the approver's suggested text as the next revision
/// for the clicker (the button's value only names the draft), stored before Slack is answered (<see cref="ClickRecording"/>);
/// the clicker alone hears how it went, afterwards.
/// </summary>
public sealed class SuggestionClickHandler(DraftService drafts, SlackContacts contacts, ILogger<SuggestionClickHandler> logger)
{
    public async Task<SlackClickAnswer> AcceptAsync(string userId, string draftId, CancellationToken cancellationToken)
    {
        var identity = await contacts.ResolveAsync(userId, null, cancellationToken);
        if (!identity.IsKnown)
        {
            return SlackClickAnswer.Stored(SlackNotice.Refusal(identity.Problem));
        }
        DraftOutcome? accepted = null;
        var answer = await ClickRecording.AnswerAsync(async () =>
        {
            var result = await drafts.AcceptSuggestionAsync(identity.Contact.Person, draftId, cancellationToken);
            accepted = result.Succeeded ? result.Value : null;
            return result.Refusal;
        }, $"Accepting the suggestion for draft {draftId}", logger, cancellationToken);
        return accepted is { Overview: var overview }
            ? SlackClickAnswer.Stored(SlackNotice.Text($"Revision {overview.Draft.CurrentRevision.Number} of draft {overview.Draft.Id} takes the suggested text "
                + $"and is {SlackWording.Standing(overview)}. I will keep you posted here."))
            : answer;
    }
}
