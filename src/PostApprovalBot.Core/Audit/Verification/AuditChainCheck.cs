using PostApprovalBot.Core.Audit.Chain;

namespace PostApprovalBot.Core.Audit.Verification;

/// <summary>Walks one subject's chain from its first event and reports the first broken link.</summary>
public static class AuditChainCheck
{
    public static AuditBreak? Check(StoredAuditChain chain)
    {
        var previous = AuditChainHead.GenesisHash;
        var expected = 1L;
        foreach (var row in chain.Rows)
        {
            if (LinkBreak(chain, row, expected, previous) is { } broken) return broken;
            previous = row.Hash;
            expected++;
        }
        return HeadBreak(chain, expected - 1, previous);
    }

    private static AuditBreak? LinkBreak(StoredAuditChain chain, StoredAuditRow row, long expected, string previous)
    {
        AuditBreak Break(AuditBreakKind kind, string field, string? want, string? found, string message) =>
            new(kind, chain.Stream, chain.Subject, row.RowKey, row.Sequence, field, want, found, message);

        if (row.Event is null)
            return Break(AuditBreakKind.Unreadable, "row", null, null, $"The row cannot be read as an audit event: {row.Unreadable}.");
        if (row.Sequence > expected)
            return Break(AuditBreakKind.MissingEvents, "Sequence", Number(expected), Number(row.Sequence),
                row.Sequence == expected + 1 ? $"Event {expected} is missing (deleted)." : $"Events {expected} to {row.Sequence - 1} are missing (deleted).");
        if (row.Sequence < expected)
            return Break(AuditBreakKind.UnexpectedEvent, "Sequence", Number(expected), Number(row.Sequence),
                $"An extra event with sequence {row.Sequence} follows event {expected - 1} (inserted or copied).");
        if (row.Event.Subject != chain.Subject)
            return Break(AuditBreakKind.SubjectMismatch, "Subject", chain.Subject, row.Event.Subject,
                $"Event {row.Sequence} ({row.Event.Action}) names another subject than its partition.");
        if (row.PreviousHash != previous)
            return Break(AuditBreakKind.PreviousHashMismatch, "PreviousHash", previous, row.PreviousHash,
                $"Event {row.Sequence} ({row.Event.Action}) does not link to the event before it: that one was changed, removed or inserted.");
        var computed = AuditChain.HashOf(row.Sequence, row.Event, row.PreviousHash);
        if (computed != row.Hash)
            return Break(AuditBreakKind.HashMismatch, "Hash", computed, row.Hash,
                $"Event {row.Sequence} ({row.Event.Action} by {row.Event.Actor.Id} at {AuditCanonicalForm.Timestamp(row.Event.At)}) was edited after it was recorded: its fields no longer produce its hash.");
        return null;
    }

    private static AuditBreak? HeadBreak(StoredAuditChain chain, long last, string lastHash)
    {
        if (chain.Rows.Count == 0 && chain.Head is null) return null;
        if (chain.Head is null)
            return new AuditBreak(AuditBreakKind.HeadMissing, chain.Stream, chain.Subject, null, last, "head", Number(last), null,
                $"The row that records where this chain ends is missing, yet {last} events exist.");
        if (chain.Head.Count > last)
            return new AuditBreak(AuditBreakKind.HeadMismatch, chain.Stream, chain.Subject, null, last + 1, "Count", Number(chain.Head.Count), Number(last),
                chain.Head.Count == last + 1 ? $"Event {last + 1}, the last one, is missing (deleted)." : $"Events {last + 1} to {chain.Head.Count}, the last ones, are missing (deleted).");
        if (chain.Head.Count < last)
            return new AuditBreak(AuditBreakKind.HeadMismatch, chain.Stream, chain.Subject, chain.Rows[^1].RowKey, last, "Count", Number(chain.Head.Count), Number(last),
                $"The chain records {chain.Head.Count} events but {last} exist: events after {chain.Head.Count} were added outside the product.");
        if (chain.Head.Hash != lastHash)
            return new AuditBreak(AuditBreakKind.HeadMismatch, chain.Stream, chain.Subject, chain.Rows.Count == 0 ? null : chain.Rows[^1].RowKey, last, "head hash", chain.Head.Hash, lastHash,
                $"The last event ({last}) is not the one the chain's head recorded: it was replaced.");
        return null;
    }

    private static string Number(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
