using Azure;

namespace PostApprovalBot.Storage.Drafts;

/// <summary>
/// The opaque version the core hands back on commit, <c>count|hash|announced|etag</c>: the header's ETag (for
/// optimistic concurrency), the head of the draft's audit chain (how many events exist and the hash of the last
/// one, so the next events are numbered and chained without reading anything more), and whether the draft was
/// announced to the outbox pointers while it was read (so the commit need not announce it again).
/// </summary>
public readonly record struct StoredVersion(long AuditCount, string AuditHead, bool WasAnnounced, ETag ETag)
{
    public static string Format(long auditCount, string auditHead, bool announced, ETag etag) => $"{auditCount}|{auditHead}|{(announced ? 'a' : '-')}|{etag}";

    public StoredVersion Announced() => this with { WasAnnounced = true };

    public override string ToString() => Format(AuditCount, AuditHead, WasAnnounced, ETag);

    public static StoredVersion Parse(string version)
    {
        var parts = version.Split('|', 4);
        if (parts.Length != 4 || !long.TryParse(parts[0], out var count) || parts[1].Any(c => !char.IsAsciiHexDigitLower(c)) || parts[2] is not ("a" or "-"))
            throw new ArgumentException($"'{version}' is not a draft version written by this store.", nameof(version));
        return new StoredVersion(count, parts[1], parts[2] == "a", new ETag(parts[3]));
    }
}
