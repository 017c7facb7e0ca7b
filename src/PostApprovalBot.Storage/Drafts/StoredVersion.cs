using Azure;

namespace PostApprovalBot.Storage.Drafts;

/// <summary>
/// The opaque version the core hands back on commit: the header's ETag (for optimistic concurrency)
/// and how many audit rows exist (so the next audit events continue the draft's sequence).
/// </summary>
public readonly record struct StoredVersion(long AuditCount, ETag ETag)
{
    public static string Format(long auditCount, ETag etag) => $"{auditCount}|{etag}";

    public static StoredVersion Parse(string version)
    {
        var separator = version.IndexOf('|', StringComparison.Ordinal);
        if (separator < 0 || !long.TryParse(version.AsSpan(0, separator), out var count))
            throw new ArgumentException($"'{version}' is not a draft version written by this store.", nameof(version));
        return new StoredVersion(count, new ETag(version[(separator + 1)..]));
    }
}
