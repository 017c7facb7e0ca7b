using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Chat;

/// <summary>
/// Cards posted per draft: one partition per draft, one row per channel, role, person and stage, so a person who reviews
/// two parallel stages has both cards tracked (a status card has no stage).
/// </summary>
public sealed class PostedCardRepository(TableStorage storage) : IPostedCardStore
{
    private readonly JsonDocumentTable<PostedCard> _table = new(storage.Table(TableNames.Cards));

    public Task SaveAsync(PostedCard card, CancellationToken cancellationToken) => _table.UpsertAsync(card.DraftId, Row(card), card, cancellationToken);

    public Task SaveAllAsync(IReadOnlyList<PostedCard> cards, CancellationToken cancellationToken) =>
        Task.WhenAll(cards.GroupBy(c => c.DraftId).Select(draft => _table.UpsertAllAsync(draft.Key, draft.Select(c => (Row(c), c)), cancellationToken)));

    public async Task<IReadOnlyList<PostedCard>> ListAsync(string draftId, ChatChannel channel, CancellationToken cancellationToken) =>
        (await _table.ListAsync(draftId, cancellationToken)).Where(c => c.Channel == channel).ToList();

    public Task<IReadOnlyList<PostedCard>> ListAsync(string draftId, CancellationToken cancellationToken) => _table.ListAsync(draftId, cancellationToken);

    private static string Row(PostedCard card) => $"{card.Channel}|{card.Role}|{card.Person.Value}|{card.StageName}";
}
