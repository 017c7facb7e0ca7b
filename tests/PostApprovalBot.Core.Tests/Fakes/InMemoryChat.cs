using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Core.Tests.Fakes;

/// <summary>Chat contacts and posted cards kept in memory.</summary>
public sealed class InMemoryChat : IChatDirectory, IPostedCardStore
{
    private readonly List<ChatContact> _contacts = [];
    private readonly List<PostedCard> _cards = [];

    public InMemoryChat Reachable(ChatChannel channel, params Person[] people)
    {
        foreach (var person in people) _contacts.Add(new ChatContact(channel, person, channel + ":" + person.Id, "address-of-" + person.Id));
        return this;
    }

    public Task SaveAsync(ChatContact contact, CancellationToken cancellationToken)
    {
        _contacts.Add(contact);
        return Task.CompletedTask;
    }

    public Task<ChatContact?> FindByChannelUserAsync(ChatChannel channel, string channelUserId, CancellationToken cancellationToken) =>
        Task.FromResult(_contacts.LastOrDefault(c => c.Channel == channel && c.ChannelUserId == channelUserId));

    public Task<ChatContact?> FindByPersonAsync(ChatChannel channel, PersonId person, CancellationToken cancellationToken) =>
        Task.FromResult(_contacts.LastOrDefault(c => c.Channel == channel && c.Person.Id == person));

    public Task SaveAsync(PostedCard card, CancellationToken cancellationToken)
    {
        _cards.RemoveAll(c => c.DraftId == card.DraftId && c.Channel == card.Channel && c.Role == card.Role && c.Person == card.Person && c.StageName == card.StageName);
        _cards.Add(card);
        return Task.CompletedTask;
    }

    public async Task SaveAllAsync(IReadOnlyList<PostedCard> cards, CancellationToken cancellationToken)
    {
        foreach (var card in cards) await SaveAsync(card, cancellationToken);
    }

    public Task<IReadOnlyList<PostedCard>> ListAsync(string draftId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PostedCard>>(_cards.Where(c => c.DraftId == draftId).ToList());

    public Task<IReadOnlyList<PostedCard>> ListAsync(string draftId, ChatChannel channel, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PostedCard>>(_cards.Where(c => c.DraftId == draftId && c.Channel == channel).ToList());
}
