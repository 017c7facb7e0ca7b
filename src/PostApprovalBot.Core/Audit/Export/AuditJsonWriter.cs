using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace PostApprovalBot.Core.Audit.Export;

/// <summary>The JSON form of an export: camelCase, indented, non-ASCII text written as itself, times as exact UTC.</summary>
public static class AuditJsonWriter
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Write(AuditExport export) => JsonSerializer.Serialize(export, Options);

    public static AuditExport Read(string json) =>
        JsonSerializer.Deserialize<AuditExport>(json, Options) ?? throw new JsonException("The export is empty.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.Converters.Add(new UtcTimestampJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
