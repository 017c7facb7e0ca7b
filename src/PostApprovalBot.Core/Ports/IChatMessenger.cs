using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Core.Ports;

/// <summary>One chat channel's way of showing drafts to people. It renders and sends; it never decides.</summary>
public interface IChatMessenger
{
    ChatChannel Channel { get; }

    /// <summary>Posts an approval card to the approver and returns the address to update it later.</summary>
    Task<string> PostApprovalCardAsync(ChatContact approver, ReviewerView view, CancellationToken cancellationToken);

    Task UpdateApprovalCardAsync(ChatContact approver, PostedCard card, ReviewerView view, CancellationToken cancellationToken);

    Task<string> PostStatusCardAsync(ChatContact submitter, DraftOverview overview, CancellationToken cancellationToken);

    Task UpdateStatusCardAsync(ChatContact submitter, PostedCard card, DraftOverview overview, CancellationToken cancellationToken);

    Task TellSubmitterAsync(ChatContact submitter, SubmitterNotice notice, CancellationToken cancellationToken);
}
