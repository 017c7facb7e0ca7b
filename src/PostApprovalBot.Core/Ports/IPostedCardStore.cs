using PostApprovalBot.Core.Chat;

namespace PostApprovalBot.Core.Ports;

public interface IPostedCardStore
{
    Task SaveAsync(PostedCard card, CancellationToken cancellationToken);

    Task<IReadOnlyList<PostedCard>> ListAsync(string draftId, ChatChannel channel, CancellationToken cancellationToken);
}
