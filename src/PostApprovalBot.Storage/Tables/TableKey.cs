using System.Text;

namespace PostApprovalBot.Storage.Tables;

/// <summary>
/// Makes any user-supplied id safe as a PartitionKey or RowKey: Azure Tables forbid / \ # ? and
/// control characters, so those (and the escape character %) are percent-encoded.
/// </summary>
public static class TableKey
{
    public const int MaxLength = 1024;

    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c)) builder.Append('%').Append(((int)c).ToString("X2"));
            else builder.Append(c);
        }
        if (builder.Length > MaxLength) throw new ArgumentException($"A key may be at most {MaxLength} characters once encoded.", nameof(value));
        return builder.ToString();
    }

    /// <summary>False when the value is too long to be a key once encoded: nothing can be stored under it, so a lookup finds nothing.</summary>
    public static bool TryEncode(string value, out string key)
    {
        var encodedLength = value.Sum(c => c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c) ? 3 : 1);
        key = encodedLength <= MaxLength ? Encode(value) : "";
        return encodedLength <= MaxLength;
    }

    public static string Decode(string key) => Uri.UnescapeDataString(key);

    /// <summary>Row keys that sort newest first.</summary>
    public static string NewestFirst(DateTimeOffset at) => (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19");

    /// <summary>Row keys that sort oldest first.</summary>
    public static string OldestFirst(DateTimeOffset at) => at.UtcTicks.ToString("D19");

    /// <summary>An OData datetime literal.</summary>
    public static string DateTimeLiteral(DateTimeOffset at) =>
        $"datetime'{at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture)}'";

    /// <summary>An OData string literal, quotes doubled.</summary>
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
