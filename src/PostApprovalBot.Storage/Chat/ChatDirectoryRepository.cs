using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Chat;

/// <summary>
/// The people table, written twice per contact so both lookups are point reads:
/// by chat user ("teams|&lt;aad object id&gt;") for every inbound request, and by person for proactive messages.
/// </summary>
public sealed class ChatDirectoryRepository(TableStorage storage) : IChatDirectory
{
    private const string ContactRow = "contact";
    private readonly JsonDocumentTable<ChatContact> _table = new(storage.Table(TableNames.People));

    public Task SaveAsync(ChatContact contact, CancellationToken cancellationToken) => Task.WhenAll(
        _table.UpsertAsync(ByUser(contact.Channel, contact.ChannelUserId), ContactRow, contact, cancellationToken),
        _table.UpsertAsync(contact.Person.Id.Value, contact.Channel.ToString(), contact, cancellationToken));

    public Task<ChatContact?> FindByChannelUserAsync(ChatChannel channel, string channelUserId, CancellationToken cancellationToken) =>
        _table.GetAsync(ByUser(channel, channelUserId), ContactRow, cancellationToken);

    public Task<ChatContact?> FindByPersonAsync(ChatChannel channel, PersonId person, CancellationToken cancellationToken) =>
        _table.GetAsync(person.Value, channel.ToString(), cancellationToken);

    private static string ByUser(ChatChannel channel, string channelUserId) => $"{channel}|{channelUserId}".ToLowerInvariant();
}
