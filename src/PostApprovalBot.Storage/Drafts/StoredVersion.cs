using Azure;

namespace PostApprovalBot.Storage.Drafts;

/// <summary>
/// The opaque version the core hands back on commit, <c>count|hash|etag</c>: the header's ETag (for
/// optimistic concurrency) and the head of the draft's audit chain (how many events exist and the hash of
/// the last one), so the next events are numbered and chained without reading anything more.
/// </summary>
public readonly record struct StoredVersion(long AuditCount, string AuditHead, ETag ETag)
{
    public static string Format(long auditCount, string auditHead, ETag etag) => $"{auditCount}|{auditHead}|{etag}";

    public static StoredVersion Parse(string version)
    {
        var parts = version.Split('|', 3);
        if (parts.Length != 3 || !long.TryParse(parts[0], out var count) || parts[1].Any(c => !char.IsAsciiHexDigitLower(c)))
            throw new ArgumentException($"'{version}' is not a draft version written by this store.", nameof(version));
        return new StoredVersion(count, parts[1], new ETag(parts[2]));
    }
}
