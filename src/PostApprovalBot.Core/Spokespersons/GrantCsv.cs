using System.Text;

namespace PostApprovalBot.Core.Spokespersons;

/// <summary>Spokesperson grants as RFC 4180 CSV, for bulk export and import by admins.</summary>
public static class GrantCsv
{
    public static readonly string[] ExportHeader = ["id", "email", "account", "platform", "grantedBy", "grantedAt", "expiresAt", "revokedAt", "revokedBy"];
    public static readonly string[] ImportHeader = ["email", "account", "platform", "until"];

    public static string Export(IEnumerable<SpokespersonGrant> grants)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', ExportHeader)).Append("\r\n");
        foreach (var g in grants)
        {
            string?[] row = [g.Id, g.Person.Value, g.Scope.AccountId, g.Scope.Platform?.ToString().ToLowerInvariant(), g.GrantedBy.Value,
                g.GrantedAt.ToString("O"), g.ExpiresAt?.ToString("O"), g.RevokedAt?.ToString("O"), g.RevokedBy?.Value];
            csv.Append(string.Join(',', row.Select(Quote))).Append("\r\n");
        }
        return csv.ToString();
    }

    /// <summary>Parses CSV text into rows of fields; quotes may hold commas, quotes ("") and line breaks.</summary>
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                row.Add(field.ToString()); field.Clear();
                if (row.Any(f => f.Length > 0)) rows.Add([.. row]);
                row.Clear();
            }
            else field.Append(c);
        }
        row.Add(field.ToString());
        if (row.Any(f => f.Length > 0)) rows.Add([.. row]);
        return rows;
    }

    private static string Quote(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
