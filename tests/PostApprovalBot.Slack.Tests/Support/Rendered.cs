using System.Text.Encodings.Web;
using System.Text.Json;

namespace PostApprovalBot.Slack.Tests.Support;

/// <summary>Rendered JSON as readable text (no \u escapes), for "the view says X" assertions.</summary>
internal static class Rendered
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Text(JsonNode json) => json.ToJsonString(Readable);
}
