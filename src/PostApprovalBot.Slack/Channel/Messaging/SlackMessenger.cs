using Microsoft.Extensions.Logging;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Channel.Rendering;
using PostApprovalBot.Slack.Views.Approval;
using PostApprovalBot.Slack.Views.Drafts;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Channel.Messaging;

/// <summary>
/// Slack's side of the notifications: approval and status messages in each person's DM with the bot (the
/// contact's address), updated in place with chat.update, and the submitter's outcome message. A failed
/// update is logged, not thrown; a failed post throws, because the notifier needs the new message's address.
/// </summary>
public sealed class SlackMessenger(SlackApiSource slack, ILogger<SlackMessenger> logger) : IChatMessenger
{
    public ChatChannel Channel => ChatChannel.Slack;

    public Task<string> PostApprovalCardAsync(ChatContact approver, ReviewerView view, CancellationToken cancellationToken) =>
        PostAsync(approver, ApprovalMessage.Build(ApprovalViews.From(view, approver.Person.Id)), cancellationToken);

    public Task UpdateApprovalCardAsync(ChatContact approver, PostedCard card, ReviewerView view, CancellationToken cancellationToken) =>
        UpdateAsync(card, ApprovalMessage.Build(ApprovalViews.From(view, approver.Person.Id)), cancellationToken);

    public Task<string> PostStatusCardAsync(ChatContact submitter, DraftOverview overview, CancellationToken cancellationToken) =>
        PostAsync(submitter, SubmitterStatusMessage.Build(StatusViews.From(overview)), cancellationToken);

    public Task UpdateStatusCardAsync(ChatContact submitter, PostedCard card, DraftOverview overview, CancellationToken cancellationToken) =>
        UpdateAsync(card, SubmitterStatusMessage.Build(StatusViews.From(overview)), cancellationToken);

    public Task TellSubmitterAsync(ChatContact submitter, SubmitterNotice notice, CancellationToken cancellationToken) =>
        PostAsync(submitter, SubmitterOutcomeMessage.Build(OutcomeViews.From(notice)), cancellationToken);

    private async Task<string> PostAsync(ChatContact contact, SlackMessage message, CancellationToken cancellationToken)
    {
        var channel = contact.Address
            ?? throw new InvalidOperationException($"{contact.Person.Id.Pseudonym} has no Slack DM channel yet.");
        var posted = await slack.Client().PostMessageAsync(channel, message, cancellationToken);
        return SlackMessageAddress.Format(posted);
    }

    private async Task UpdateAsync(PostedCard card, SlackMessage message, CancellationToken cancellationToken)
    {
        if (!SlackMessageAddress.TryParse(card.MessageAddress, out var target))
        {
            throw new InvalidOperationException($"'{card.MessageAddress}' is not a Slack message address (channel|ts).");
        }
        try
        {
            await slack.Client().UpdateMessageAsync(target, message, cancellationToken);
        }
        catch (SlackApiException e)
        {
            // A deleted or unreachable old message must not stop the notifier from telling everyone else.
            logger.LogWarning("Could not update the Slack message {Address} of draft {DraftId}: {Error}.", card.MessageAddress, card.DraftId, e.ErrorCode);
        }
    }
}
