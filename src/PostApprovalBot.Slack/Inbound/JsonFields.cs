using System.Text.Json;

namespace PostApprovalBot.Slack.Inbound;

/// <summary>Typed reads of Slack JSON fields that name the offending field when the shape is wrong.</summary>
internal static class JsonFields
{
    public static JsonElement RequiredObject(JsonElement parent, string name) =>
        OptionalObject(parent, name) ?? throw new SlackPayloadException($"'{name}' is missing.");

    public static JsonElement? OptionalObject(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return value.ValueKind == JsonValueKind.Object ? value : throw new SlackPayloadException($"'{name}' is not an object.");
    }

    public static string RequiredString(JsonElement parent, string name)
    {
        var value = OptionalString(parent, name);
        return string.IsNullOrEmpty(value) ? throw new SlackPayloadException($"'{name}' is missing.") : value;
    }

    public static string? OptionalString(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new SlackPayloadException($"'{name}' is not a string.");
    }

    public static bool OptionalBool(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    public static IEnumerable<JsonElement> OptionalArray(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }
        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw new SlackPayloadException($"'{name}' is not an array.");
    }

    /// <summary>Parses a whole JSON document and maps it, turning every shape problem into a failure.</summary>
    public static SlackParseResult<T> Parse<T>(ReadOnlySpan<byte> json, Func<JsonElement, T> map)
        where T : class
    {
        try
        {
            // Duplicate keys are refused: two readers must never disagree on which value counts.
            using var document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { AllowDuplicateProperties = false });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return SlackParseResult<T>.Failure("The body is not a JSON object.");
            }
            return SlackParseResult<T>.Success(map(document.RootElement));
        }
        catch (JsonException ex)
        {
            return SlackParseResult<T>.Failure($"The body is not valid JSON: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            return SlackParseResult<T>.Failure($"The body has an unexpected shape: {ex.Message}");
        }
        catch (SlackPayloadException ex)
        {
            return SlackParseResult<T>.Failure(ex.Message);
        }
    }
}
