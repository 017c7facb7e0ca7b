using Azure;
using Azure.Data.Tables;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Audit.Chain;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Storage.Drafts;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Audit;

/// <summary>
/// Finishes ledger writes that a crash or an outage interrupted. A draft's events wait on the change's outbox row
/// (recorded by the outbox dispatcher, or here, from every draft announced to the outbox pointers). An audit-log
/// append leaves an intent in the ledger's <c>pending</c> partition until its events are recorded; this pass takes
/// intents older than a grace period (so it does not race a commit in flight), records the events of that subject
/// from the intent's sequence on that are not in the ledger yet, and removes the intent. Only events whose hash
/// still checks out are recorded: a row edited in the meantime is left for verification to report.
/// An intent's age comes from the table's own Timestamp, so <c>clock</c> must be real time.
/// </summary>
public sealed class LedgerRepair(TableStorage storage, IAuditArchive archive, TimeProvider clock)
{
    private readonly TableClient _ledger = storage.Table(TableNames.Ledger);
    private readonly AuditLedger _writer = AuditLedger.For(storage);

    /// <summary>Returns how many events were added to the ledger.</summary>
    public async Task<int> RunAsync(TimeSpan minimumAge, CancellationToken cancellationToken) =>
        await RecordOutboxAsync(minimumAge, cancellationToken) + await RecordIntentsAsync(minimumAge, cancellationToken);

    // The dispatcher records these as it delivers; this catches up when no host runs (the CLI) or delivery is parked.
    private async Task<int> RecordOutboxAsync(TimeSpan minimumAge, CancellationToken cancellationToken)
    {
        var added = 0;
        await foreach (var (draftId, _) in new OutboxPointers(storage, clock).OlderThanAsync(clock.GetUtcNow() - minimumAge, cancellationToken))
        {
            var items = (await NotificationOutbox.RowsAsync(storage, draftId, cancellationToken))
                .SelectMany(row => NotificationOutbox.EffectsOf(row)?.Ledger ?? []).ToList();
            var missing = new List<LedgerItem>();
            foreach (var item in items)
                if (!await _writer.ContainsAsync(item, cancellationToken)) missing.Add(item);
            if (missing.Count > 0 && await _writer.RecordAsync(missing, cancellationToken)) added += missing.Count;
        }
        return added;
    }

    private async Task<int> RecordIntentsAsync(TimeSpan minimumAge, CancellationToken cancellationToken)
    {
        var added = 0;
        var before = clock.GetUtcNow() - minimumAge;
        var filter = $"PartitionKey eq {TableKey.Literal(LedgerRows.PendingPartition)}";
        await foreach (var intent in _ledger.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (intent.Timestamp is { } written && written > before) continue;
            var stream = intent.GetString("Stream") ?? "";
            var subject = intent.GetString("Subject") ?? "";
            var first = intent.GetInt64("FirstSequence") ?? 1;
            var (missing, complete) = await MissingAsync(stream, subject, first, cancellationToken);
            if (missing.Count > 0 && !await _writer.RecordAsync(missing, cancellationToken)) continue;
            added += missing.Count;
            if (complete) await DeleteAsync(intent, cancellationToken);
        }
        return added;
    }

    private async Task<(List<LedgerItem> Missing, bool Complete)> MissingAsync(string stream, string subject, long first, CancellationToken cancellationToken)
    {
        var chain = await archive.ReadChainAsync(stream, subject, cancellationToken);
        var missing = new List<LedgerItem>();
        var previous = AuditChainHead.GenesisHash;
        foreach (var row in chain.Rows)
        {
            var sound = row.Event is not null && row.PreviousHash == previous && AuditChain.HashOf(row.Sequence, row.Event, previous) == row.Hash;
            if (!sound) return (missing, false);
            previous = row.Hash;
            if (row.Sequence < first) continue;
            var item = new LedgerItem(stream, subject, row.Sequence, row.Hash, LedgerItem.DayOf(row.Event!.At));
            if (!await _writer.ContainsAsync(item, cancellationToken)) missing.Add(item);
        }
        return (missing, true);
    }

    private async Task DeleteAsync(TableEntity intent, CancellationToken cancellationToken)
    {
        try
        {
            await _ledger.DeleteEntityAsync(intent.PartitionKey, intent.RowKey, intent.ETag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Another instance repaired it first.
        }
    }
}
