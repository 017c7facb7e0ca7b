using System.Collections.Concurrent;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Chat;

/// <summary>
/// The people table, written twice per contact so both lookups are point reads: by chat user
/// ("teams|&lt;aad object id&gt;") for every inbound request, and by person for proactive messages. Contacts found are
/// kept in the process for a few minutes (a chat user's e-mail does not change, and an address changes only when the
/// person writes from a new conversation, which saves it here); people with no contact are re-checked after seconds,
/// so someone who opens a chat with the bot on another instance is reached soon.
/// </summary>
public sealed class ChatDirectoryRepository(TableStorage storage) : IChatDirectory
{
    private const string ContactRow = "contact";
    private const int MaxRemembered = 100_000;
    private static readonly TimeSpan Found = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan NotFound = TimeSpan.FromSeconds(10);
    private readonly JsonDocumentTable<ChatContact> _table = new(storage.Table(TableNames.People));
    private readonly ConcurrentDictionary<(string, string), (ChatContact? Contact, long Until)> _remembered = new();

    public async Task SaveAsync(ChatContact contact, CancellationToken cancellationToken)
    {
        var (byUser, byPerson) = (ByUser(contact.Channel, contact.ChannelUserId), (contact.Person.Id.Value, contact.Channel.ToString()));
        _remembered.TryRemove(byUser, out _);
        _remembered.TryRemove(byPerson, out _);
        await Task.WhenAll(
            _table.UpsertAsync(byUser.Item1, byUser.Item2, contact, cancellationToken),
            _table.UpsertAsync(byPerson.Item1, byPerson.Item2, contact, cancellationToken));
        Remember(byUser, contact);
        Remember(byPerson, contact);
    }

    public Task<ChatContact?> FindByChannelUserAsync(ChatChannel channel, string channelUserId, CancellationToken cancellationToken) =>
        FindAsync(ByUser(channel, channelUserId), cancellationToken);

    public Task<ChatContact?> FindByPersonAsync(ChatChannel channel, PersonId person, CancellationToken cancellationToken) =>
        FindAsync((person.Value, channel.ToString()), cancellationToken);

    private async Task<ChatContact?> FindAsync((string Partition, string Row) key, CancellationToken cancellationToken)
    {
        if (_remembered.TryGetValue(key, out var known) && known.Until > Environment.TickCount64) return known.Contact;
        var contact = await _table.GetAsync(key.Partition, key.Row, cancellationToken);
        Remember(key, contact);
        return contact;
    }

    private void Remember((string, string) key, ChatContact? contact)
    {
        if (_remembered.Count > MaxRemembered) _remembered.Clear();
        _remembered[key] = (contact, Environment.TickCount64 + (long)(contact is null ? NotFound : Found).TotalMilliseconds);
    }

    private static (string Partition, string Row) ByUser(ChatChannel channel, string channelUserId) => ($"{channel}|{channelUserId}".ToLowerInvariant(), ContactRow);
}
