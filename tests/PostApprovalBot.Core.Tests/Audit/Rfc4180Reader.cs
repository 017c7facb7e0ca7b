using System.Text;

namespace PostApprovalBot.Core.Tests.Audit;

/// <summary>
/// A strict RFC 4180 reader written from the RFC for the tests, independent of the writer: records end
/// with CRLF, a quoted field may hold commas, CRLF and doubled quotes, an unquoted one may not hold quotes.
/// </summary>
public static class Rfc4180Reader
{
    public static List<List<string>> Read(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new FormatException("Unterminated quoted field.");
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; }
                    else if (text[i] == '"') { i++; break; }
                    else field.Append(text[i++]);
                }
            }
            while (i < text.Length && text[i] is not (',' or '\r'))
            {
                if (text[i] is '"' or '\n') throw new FormatException($"Bare {(text[i] == '"' ? "quote" : "line feed")} at {i}.");
                field.Append(text[i++]);
            }
            if (i >= text.Length) throw new FormatException("The last record does not end with CRLF.");
            record.Add(field.ToString());
            field.Clear();
            if (text[i] == ',') { i++; continue; }
            if (i + 1 >= text.Length || text[i + 1] != '\n') throw new FormatException($"CR without LF at {i}.");
            i += 2;
            records.Add(record);
            record = [];
        }
        return records;
    }
}
