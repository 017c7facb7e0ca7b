using System.Text.Json;
using System.Text.Json.Serialization;
using PostApprovalBot.Core.People;

namespace PostApprovalBot.Storage.Serialization;

/// <summary>Stores a person id as the plain e-mail string it wraps.</summary>
public sealed class PersonIdJsonConverter : JsonConverter<PersonId>
{
    public override PersonId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PersonId.FromEmail(reader.GetString() ?? throw new JsonException("A person id cannot be null."));

    public override void Write(Utf8JsonWriter writer, PersonId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
