using Azure.Data.Tables;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Audit.Chain;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Core.People;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Audit;

/// <summary>
/// The shape of an audit row, the same in a draft's partition and in the audit table: row key
/// <c>aud-00000001</c> (the sequence), the event's fields as plain columns, and the chain columns
/// Sequence, PreviousHash and Hash.
/// </summary>
public static class AuditRows
{
    public const string Prefix = "aud-";

    /// <summary>Selects the audit rows of a partition and nothing else ('.' follows '-').</summary>
    public const string RangeFilter = "RowKey ge 'aud-' and RowKey lt 'aud.'";

    private static readonly string[] Required = ["Sequence", "Subject", "Action", "ActorId", "ActorName", "At", "PreviousHash", "Hash"];

    public static string Key(long sequence) => $"{Prefix}{sequence:D8}";

    public static TableEntity Row(string partition, ChainedAuditEvent chained)
    {
        var e = chained.Event;
        var row = new TableEntity(partition, Key(chained.Sequence))
        {
            ["Sequence"] = chained.Sequence,
            ["Subject"] = e.Subject,
            ["Action"] = e.Action,
            ["ActorId"] = e.Actor.Id.Value,
            ["ActorName"] = e.Actor.DisplayName,
            ["At"] = e.At.ToUniversalTime(),
            ["Revision"] = e.Revision,
            ["PreviousHash"] = chained.PreviousHash,
            ["Hash"] = chained.Hash,
        };
        foreach (var (column, value) in Texts(e)) WriteText(row, column, value);
        return row;
    }

    // Admin changes carry whole documents (a policy's lexicon) that may pass the 32K-character limit of a
    // string property: those are split over numbered columns like a long revision.
    private static void WriteText(TableEntity row, string column, string? value)
    {
        if (value is null || value.Length <= ChunkedText.ChunkLength) row[column] = value;
        else ChunkedText.Write(row, column, value);
    }

    private static string? ReadText(TableEntity row, string column) =>
        row.ContainsKey(column + "Chunks") ? ChunkedText.Read(row, column) : row.GetString(column);

    private static (string, string?)[] Texts(AuditEvent e) => [("Before", e.Before), ("After", e.After), ("Details", e.Details)];

    public static AuditEvent ReadEvent(TableEntity row) => new(
        row.GetString("Subject"),
        row.GetString("Action"),
        new Person(PersonId.FromEmail(row.GetString("ActorId")), row.GetString("ActorName")),
        row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        row.GetInt32("Revision"),
        ReadText(row, "Before"),
        ReadText(row, "After"),
        ReadText(row, "Details"));

    /// <summary>The row as found, never throwing: a row that cannot be read is reported, not skipped.</summary>
    public static StoredAuditRow ReadStored(string stream, TableEntity row)
    {
        var subject = TableKey.Decode(row.PartitionKey);
        var sequence = SafeSequence(row);
        var previous = row.GetString("PreviousHash") ?? "";
        var hash = row.GetString("Hash") ?? "";
        var missing = Required.Where(c => !row.ContainsKey(c) || row[c] is null).ToList();
        if (missing.Count > 0) return new StoredAuditRow(stream, subject, row.RowKey, sequence, null, previous, hash, "missing " + string.Join(", ", missing));
        if (row.RowKey != Key(sequence))
            return new StoredAuditRow(stream, subject, row.RowKey, sequence, null, previous, hash, $"its row key does not match its sequence {sequence}");
        try
        {
            return new StoredAuditRow(stream, subject, row.RowKey, sequence, ReadEvent(row), previous, hash);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or InvalidCastException)
        {
            return new StoredAuditRow(stream, subject, row.RowKey, sequence, null, previous, hash, e.Message);
        }
    }

    private static long SafeSequence(TableEntity row)
    {
        try
        {
            return row.GetInt64("Sequence") ?? 0;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }
}
