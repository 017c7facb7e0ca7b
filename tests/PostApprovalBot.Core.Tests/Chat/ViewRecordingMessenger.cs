using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Core.Tests.Chat;

/// <summary>A messenger that keeps the views it was asked to post, to read what each card would show.</summary>
internal sealed class ViewRecordingMessenger(ChatChannel channel) : IChatMessenger
{
    public ChatChannel Channel => channel;

    public List<(ChatContact To, ReviewerView View)> ApprovalCards { get; } = [];

    public List<SubmitterNotice> Notices { get; } = [];

    public Task<string> PostApprovalCardAsync(ChatContact approver, ReviewerView view, CancellationToken cancellationToken)
    {
        ApprovalCards.Add((approver, view));
        return Task.FromResult($"{channel}-card-{ApprovalCards.Count}");
    }

    public Task UpdateApprovalCardAsync(ChatContact approver, PostedCard card, ReviewerView view, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<string> PostStatusCardAsync(ChatContact submitter, DraftOverview overview, CancellationToken cancellationToken) => Task.FromResult($"{channel}-status");

    public Task UpdateStatusCardAsync(ChatContact submitter, PostedCard card, DraftOverview overview, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task TellSubmitterAsync(ChatContact submitter, SubmitterNotice notice, CancellationToken cancellationToken)
    {
        Notices.Add(notice);
        return Task.CompletedTask;
    }
}
