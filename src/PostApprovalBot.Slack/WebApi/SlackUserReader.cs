using System.Text.Json;

namespace PostApprovalBot.Slack.WebApi;

/// <summary>Maps the <c>user</c> object of users.info.</summary>
internal static class SlackUserReader
{
    public static SlackUser Read(JsonElement user)
    {
        var profile = user.TryGetProperty("profile", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        return new SlackUser(
            Id: String(user, "id") ?? throw new SlackApiException("users.info", "missing_id", null, false),
            TeamId: String(user, "team_id"),
            Name: String(user, "name") ?? "",
            RealName: String(user, "real_name") ?? String(profile, "real_name"),
            DisplayName: NullIfEmpty(String(profile, "display_name")),
            Email: NullIfEmpty(String(profile, "email")),
            TimeZone: String(user, "tz"),
            IsBot: Bool(user, "is_bot"),
            IsDeleted: Bool(user, "deleted"),
            IsGuest: Bool(user, "is_restricted") || Bool(user, "is_ultra_restricted"));
    }

    private static string? String(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static bool Bool(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
