using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Teams.Cards;
using PostApprovalBot.Teams.Cards.Views;
using PostApprovalBot.Teams.Channel.Rendering;
using PostApprovalBot.Teams.Connector;

namespace PostApprovalBot.Teams.Channel;

/// <summary>
/// The core's proactive messages in Teams: approval and status cards posted in each person's 1:1 chat (created when needed)
/// and updated in place with PUT, and the final word to the submitter. The message addresses it returns are <see cref="PostedMessageAddress"/>.
/// </summary>
public sealed class TeamsMessenger(BotConnectorClient connector, TeamsPersonalChats chats, ApprovalCards approvals) : IChatMessenger
{
    public ChatChannel Channel => ChatChannel.Teams;

    public async Task<string> PostApprovalCardAsync(ChatContact approver, ReviewerView view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approver);
        var card = await approvals.BuildAsync(view, approver.Person.Id, null, cancellationToken).ConfigureAwait(false);
        return PostedMessageAddress.Write(await SendAsync(approver, card, cancellationToken).ConfigureAwait(false));
    }

    public async Task UpdateApprovalCardAsync(ChatContact approver, PostedCard card, ReviewerView view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var updated = await approvals.BuildAsync(view, card.Person, null, cancellationToken).ConfigureAwait(false);
        await connector.UpdateActivityAsync(PostedMessageAddress.Read(card.MessageAddress), OutboundMessage.WithCard(updated), cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> PostStatusCardAsync(ChatContact submitter, DraftOverview overview, CancellationToken cancellationToken) =>
        PostedMessageAddress.Write(await SendAsync(submitter, SubmissionStatusCard.Build(StatusCardViews.From(overview)), cancellationToken).ConfigureAwait(false));

    public Task UpdateStatusCardAsync(ChatContact submitter, PostedCard card, DraftOverview overview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        return connector.UpdateActivityAsync(
            PostedMessageAddress.Read(card.MessageAddress), OutboundMessage.WithCard(SubmissionStatusCard.Build(StatusCardViews.From(overview))), cancellationToken);
    }

    public Task TellSubmitterAsync(ChatContact submitter, SubmitterNotice notice, CancellationToken cancellationToken) =>
        SendAsync(submitter, NoticeCard.Build(SubmitterNoticeViews.From(notice)), cancellationToken);

    private Task<ActivityReference> SendAsync(ChatContact contact, AdaptiveCard card, CancellationToken cancellationToken) =>
        chats.SendAsync(contact, card, cancellationToken);
}
