using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PostApprovalBot.Slack.BlockKit;

namespace PostApprovalBot.Slack.WebApi;

/// <summary>
/// The Slack Web API calls the bot makes. Every call has a timeout and bounded retries, and every failure
/// is a <see cref="SlackApiException"/>. Register with <c>AddHttpClient&lt;SlackApiClient&gt;()</c>.
/// </summary>
public sealed class SlackApiClient(HttpClient http, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackApiClient> logger)
{
    private readonly SlackApiCaller _caller = new(http, options.Value, time, logger);

    public async Task<SlackMessageRef> PostMessageAsync(string channelId, SlackMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        var body = message.ToJson();
        body["channel"] = channelId;
        body["unfurl_links"] = false;
        body["unfurl_media"] = false;
        var root = await CallJsonAsync("chat.postMessage", body, cancellationToken);
        return new SlackMessageRef(root.String("channel"), root.String("ts"));
    }

    public async Task<SlackMessageRef> UpdateMessageAsync(SlackMessageRef target, SlackMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var body = message.ToJson();
        body["channel"] = target.ChannelId;
        body["ts"] = target.Ts;
        var root = await CallJsonAsync("chat.update", body, cancellationToken);
        return new SlackMessageRef(root.String("channel"), root.String("ts"));
    }

    /// <summary>Shows a message to one user in a channel; returns its <c>message_ts</c>.</summary>
    public async Task<string> PostEphemeralAsync(string channelId, string userId, SlackMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var body = message.ToJson();
        body["channel"] = channelId;
        body["user"] = userId;
        var root = await CallJsonAsync("chat.postEphemeral", body, cancellationToken);
        return root.String("message_ts");
    }

    /// <summary>Opens a modal; the trigger id expires 3 s after the user's action. Returns the view id.</summary>
    public async Task<string> OpenViewAsync(string triggerId, ModalView view, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(triggerId);
        var root = await CallJsonAsync("views.open", new JsonObject { ["trigger_id"] = triggerId, ["view"] = view.ToJson() }, cancellationToken);
        return root.String(root.Object("view"), "id");
    }

    /// <summary>Replaces an open modal; pass the view's <paramref name="hash"/> to refuse overwriting a newer state.</summary>
    public async Task<string> UpdateViewAsync(string viewId, ModalView view, string? hash = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(viewId);
        var body = new JsonObject { ["view_id"] = viewId, ["view"] = view.ToJson() };
        if (hash is not null)
        {
            body["hash"] = hash;
        }
        var root = await CallJsonAsync("views.update", body, cancellationToken);
        return root.String(root.Object("view"), "id");
    }

    public async Task PublishHomeAsync(string userId, HomeView view, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        await CallJsonAsync("views.publish", new JsonObject { ["user_id"] = userId, ["view"] = view.ToJson() }, cancellationToken);
    }

    // users.info is a read method: Slack takes its arguments as form fields, not JSON.
    public async Task<SlackUser> GetUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var root = await CallFormAsync("users.info", [new("user", userId)], cancellationToken);
        return SlackUserReader.Read(root.Object("user"));
    }

    /// <summary>
    /// Finds a workspace member by e-mail (needs <c>users:read.email</c>); a <see cref="SlackApiException"/> with
    /// <c>users_not_found</c> when nobody in the workspace has it.
    /// </summary>
    public async Task<SlackUser> LookupUserByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(email);
        var root = await CallFormAsync("users.lookupByEmail", [new("email", email)], cancellationToken);
        return SlackUserReader.Read(root.Object("user"));
    }

    /// <summary>Opens (or finds) the direct-message channel with a user; returns its channel id.</summary>
    public async Task<string> OpenDirectMessageAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var root = await CallFormAsync("conversations.open", [new("users", userId)], cancellationToken);
        return root.String(root.Object("channel"), "id");
    }

    private Task<SlackApiResponse> CallJsonAsync(string method, JsonObject body, CancellationToken cancellationToken)
    {
        var json = body.ToJsonString();
        return _caller.CallAsync(method, () => new StringContent(json, Encoding.UTF8, "application/json"), cancellationToken);
    }

    private Task<SlackApiResponse> CallFormAsync(string method, KeyValuePair<string, string>[] fields, CancellationToken cancellationToken) =>
        _caller.CallAsync(method, () => new FormUrlEncodedContent(fields), cancellationToken);
}
