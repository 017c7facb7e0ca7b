using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PostApprovalBot.Core.Audit.Chain;

namespace PostApprovalBot.Core.Audit.Export;

/// <summary>
/// Writes every time in an export as UTC with all seven fractional digits, exactly as the audit hash
/// covers it, so an auditor can recompute hashes from the JSON without parsing dates.
/// </summary>
public sealed class UtcTimestampJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString() ?? throw new JsonException("A time cannot be null."), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(AuditCanonicalForm.Timestamp(value));
}
