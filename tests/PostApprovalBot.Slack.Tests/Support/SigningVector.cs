using System.Text.Json;

namespace PostApprovalBot.Slack.Tests.Support;

/// <summary>Slack's worked example from its request-verification documentation.</summary>
internal sealed record SigningVector(string SigningSecret, string Timestamp, string Body, string ExpectedSignature)
{
    public static SigningVector Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", "slack-signing.json")));
        var root = document.RootElement;
        return new SigningVector(
            root.GetProperty("signing_secret").GetString()!,
            root.GetProperty("timestamp").GetString()!,
            root.GetProperty("body").GetString()!,
            root.GetProperty("expected_signature").GetString()!);
    }

    public DateTimeOffset SignedAt => DateTimeOffset.FromUnixTimeSeconds(long.Parse(Timestamp, System.Globalization.CultureInfo.InvariantCulture));
}
