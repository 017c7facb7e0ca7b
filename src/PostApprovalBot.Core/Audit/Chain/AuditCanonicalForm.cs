using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PostApprovalBot.Core.Audit.Chain;

/// <summary>
/// The one definition of what an audit hash covers (docs/compliance.md repeats it for auditors who
/// recompute hashes with their own tools). Changing a field, its order or its format breaks every
/// stored chain: add a new header version instead.
/// </summary>
public static class AuditCanonicalForm
{
    public const string EventHeader = "postapprovalbot/audit-event/v1";
    public const string LedgerHeader = "postapprovalbot/ledger-entry/v1";

    public static string Event(long sequence, AuditEvent e, string previousHash) => new CanonicalText(EventHeader)
        .Add("subject", e.Subject)
        .Add("sequence", sequence)
        .Add("action", e.Action)
        .Add("actor-id", e.Actor.Id.Value)
        .Add("actor-name", e.Actor.DisplayName)
        .Add("at", Timestamp(e.At))
        .Add("revision", e.Revision)
        .Add("before", e.Before)
        .Add("after", e.After)
        .Add("details", e.Details)
        .Add("previous-hash", previousHash)
        .ToString();

    public static string Ledger(LedgerEntry entry) => new CanonicalText(LedgerHeader)
        .Add("day", Day(entry.Day))
        .Add("sequence", entry.Sequence)
        .Add("stream", entry.Stream)
        .Add("subject", entry.Subject)
        .Add("event-sequence", entry.EventSequence)
        .Add("event-hash", entry.EventHash)
        .Add("previous-hash", entry.PreviousHash)
        .ToString();

    /// <summary>Lower-case hex SHA-256 of the text's UTF-8 bytes.</summary>
    public static string Hash(string canonical) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

    /// <summary>UTC with all seven fractional digits: Table storage keeps 100 ns ticks, so nothing is rounded away.</summary>
    public static string Timestamp(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
