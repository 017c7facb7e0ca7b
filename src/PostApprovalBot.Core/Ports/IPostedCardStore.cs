using PostApprovalBot.Core.Chat;

namespace PostApprovalBot.Core.Ports;

public interface IPostedCardStore
{
    Task SaveAsync(PostedCard card, CancellationToken cancellationToken);

    /// <summary>Cards of one draft, saved together (one transaction in the table store).</summary>
    Task SaveAllAsync(IReadOnlyList<PostedCard> cards, CancellationToken cancellationToken);

    /// <summary>Every card posted about the draft, on every channel.</summary>
    Task<IReadOnlyList<PostedCard>> ListAsync(string draftId, CancellationToken cancellationToken);

    Task<IReadOnlyList<PostedCard>> ListAsync(string draftId, ChatChannel channel, CancellationToken cancellationToken);
}
