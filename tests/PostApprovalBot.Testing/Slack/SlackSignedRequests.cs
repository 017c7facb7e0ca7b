using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace PostApprovalBot.Testing.Slack;

/// <summary>
/// Sends requests to the bot the way Slack does: the exact body signed with the app's signing secret
/// (v0:{timestamp}:{body}, HMAC-SHA256), written here independently of the verifier under test.
/// </summary>
public sealed class SlackSignedRequests(HttpClient bot, string signingSecret)
{
    public const string TeamId = "T0CONTOSO";
    public const string AppId = "A0POSTAPPROVAL";
    private int _triggers;

    public string NewTriggerId() => $"trigger.{Interlocked.Increment(ref _triggers)}.{Guid.NewGuid():N}";

    public Task<HttpResponseMessage> SlashCommandAsync(SlackTestUser user, string text, string triggerId, string? channelId = null) =>
        SendAsync("/slack/commands", Form(new Dictionary<string, string>
        {
            ["token"] = "legacy-verification-token", ["team_id"] = TeamId, ["team_domain"] = "contoso",
            ["channel_id"] = channelId ?? user.DirectChannel, ["channel_name"] = "directmessage",
            ["user_id"] = user.UserId, ["user_name"] = user.RealName.ToLowerInvariant(), ["command"] = "/post", ["text"] = text,
            ["api_app_id"] = AppId, ["response_url"] = "https://hooks.slack.com/commands/T0CONTOSO/1/abc", ["trigger_id"] = triggerId,
        }), "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> EventAsync(string eventId, JsonObject inner, int? retryNumber = null)
    {
        var body = new JsonObject
        {
            ["token"] = "legacy-verification-token", ["team_id"] = TeamId, ["api_app_id"] = AppId, ["type"] = "event_callback",
            ["event_id"] = eventId, ["event_time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["event"] = inner,
        };
        var headers = retryNumber is { } n ? new Dictionary<string, string> { ["X-Slack-Retry-Num"] = n.ToString(CultureInfo.InvariantCulture), ["X-Slack-Retry-Reason"] = "http_timeout" } : null;
        return SendAsync("/slack/events", body.ToJsonString(), "application/json", headers);
    }

    public Task<HttpResponseMessage> InteractionAsync(JsonObject payload) =>
        SendAsync("/slack/interactions", Form(new Dictionary<string, string> { ["payload"] = payload.ToJsonString() }), "application/x-www-form-urlencoded");

    /// <summary>Sends a body with chosen signature headers (or none), for the refusal tests.</summary>
    public async Task<HttpResponseMessage> SendAsync(
        string path, string body, string contentType, IDictionary<string, string>? headers = null, string? timestamp = null, string? signature = null, bool sign = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        if (sign)
        {
            var ts = timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            request.Headers.Add("X-Slack-Request-Timestamp", ts);
            request.Headers.Add("X-Slack-Signature", signature ?? Sign(signingSecret, ts, body));
        }
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) request.Headers.Add(name, value);
        return await bot.SendAsync(request);
    }

    public static string Sign(string secret, string timestamp, string body) =>
        "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));

    public static string Form(IDictionary<string, string> fields) =>
        string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
}
