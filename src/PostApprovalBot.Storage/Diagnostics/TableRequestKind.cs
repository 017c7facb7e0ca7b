using System.Text;
using System.Text.RegularExpressions;
using Azure.Core;

namespace PostApprovalBot.Storage.Diagnostics;

/// <summary>
/// Names what a table request is (which table, which operation) from the request the Azure SDK sends, for counters
/// that prove what an action costs (the benchmark, the write-path tests). A transaction names its table only inside
/// its multipart body, so that body is read.
/// </summary>
public static partial class TableRequestKind
{
    public const string PointRead = "point read";
    public const string Query = "query";
    public const string Transaction = "transaction";

    public static (string Table, string Operation) Of(Request request, string tablePrefix)
    {
        var path = Uri.UnescapeDataString(request.Uri.Path);
        var last = path[(path.LastIndexOf('/') + 1)..];
        if (last == "$batch") return (Unprefixed(BatchTable(request), tablePrefix), Transaction);
        var table = Unprefixed(TableName().Match(last) is { Success: true } m ? m.Groups[1].Value : last, tablePrefix);
        var keyed = last.Contains("PartitionKey=", StringComparison.Ordinal);
        return (table, request.Method.Method switch
        {
            "GET" when keyed => PointRead,
            "GET" => Query,
            "DELETE" => "delete",
            "POST" when table == "Tables" => "create table",
            "POST" => "insert",
            _ => "upsert",
        });
    }

    private static string Unprefixed(string table, string prefix) => table.StartsWith(prefix, StringComparison.Ordinal) ? table[prefix.Length..] : table;

    private static string BatchTable(Request request)
    {
        if (request.Content is null) return "?";
        using var buffer = new MemoryStream();
        request.Content.WriteTo(buffer, CancellationToken.None);
        var match = BatchTarget().Match(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        return match.Success ? match.Groups[1].Value : "?";
    }

    [GeneratedRegex(@"^([A-Za-z0-9]+)(\(|$)")]
    private static partial Regex TableName();

    [GeneratedRegex(@"(?:PUT|POST|MERGE|DELETE|PATCH) https?://[^/ ]+/(?:devstoreaccount1/)?([A-Za-z0-9]+)")]
    private static partial Regex BatchTarget();
}
