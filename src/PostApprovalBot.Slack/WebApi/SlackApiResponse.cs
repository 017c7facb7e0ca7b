using System.Text.Json;

namespace PostApprovalBot.Slack.WebApi;

/// <summary>An <c>ok: true</c> answer; a missing field is a typed failure, never a KeyNotFoundException.</summary>
internal sealed record SlackApiResponse(string Method, JsonElement Root)
{
    public JsonElement Object(string name) =>
        Root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : throw Missing(name);

    public string String(string name) => String(Root, name);

    public string String(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Missing(name);

    private SlackApiException Missing(string name) => new(Method, "invalid_response", null, false, new FormatException($"The answer has no '{name}'."));
}
