using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace PostApprovalBot.Teams.Connector;

/// <summary>
/// The Bot Connector REST calls the bot needs (PROTOCOLS.md §2). Every call refuses an untrusted serviceUrl before a token
/// is requested, retries throttling and outages within <see cref="ConnectorRetryPolicy"/>, and fails with <see cref="ConnectorException"/>.
/// </summary>
public sealed class BotConnectorClient
{
    private readonly IConnectorTokenSource tokens;
    private readonly TeamsOptions options;
    private readonly TrustedServiceUrls trusted;
    private readonly ConnectorCallPipeline pipeline;

    /// <param name="http">A client from IHttpClientFactory; it carries no credentials of its own.</param>
    public BotConnectorClient(
        HttpClient http, IConnectorTokenSource tokens, IOptions<TeamsOptions> options, ConnectorRetryPolicy? retry = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        this.tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        this.options = options.Value;
        trusted = new TrustedServiceUrls(options);
        pipeline = new ConnectorCallPipeline(http, retry ?? ConnectorRetryPolicy.Default, time ?? TimeProvider.System);
    }

    /// <summary>Posts a new message in the conversation; returns where it landed, for later updates.</summary>
    public async Task<ActivityReference> SendToConversationAsync(ConversationReference conversation, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(message);
        var path = $"v3/conversations/{Escape(conversation.ConversationId)}/activities";
        var answer = await CallAsync("send to conversation", HttpMethod.Post, conversation.ServiceUrl, path, message.ToJson(), cancellationToken).ConfigureAwait(false);
        return new ActivityReference(conversation.ServiceUrl, conversation.ConversationId, ReadId(answer, "send to conversation"));
    }

    /// <summary>Replies to an activity (threads under it in a channel).</summary>
    public async Task<ActivityReference> ReplyToActivityAsync(ActivityReference replyTo, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replyTo);
        ArgumentNullException.ThrowIfNull(message);
        var path = $"v3/conversations/{Escape(replyTo.ConversationId)}/activities/{Escape(replyTo.ActivityId)}";
        var body = message.ToJson();
        body["replyToId"] = replyTo.ActivityId;
        var answer = await CallAsync("reply to activity", HttpMethod.Post, replyTo.ServiceUrl, path, body, cancellationToken).ConfigureAwait(false);
        return new ActivityReference(replyTo.ServiceUrl, replyTo.ConversationId, ReadId(answer, "reply to activity"));
    }

    /// <summary>Replaces a message the bot posted, e.g. an approval card, for everyone in the conversation.</summary>
    public async Task UpdateActivityAsync(ActivityReference target, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(message);
        var path = $"v3/conversations/{Escape(target.ConversationId)}/activities/{Escape(target.ActivityId)}";
        await CallAsync("update activity", HttpMethod.Put, target.ServiceUrl, path, message.ToJson(target.ActivityId), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens (or finds) the 1:1 chat between the bot and a user, to message them proactively.</summary>
    /// <param name="userId">The user's Teams id (29:…) or Entra object id.</param>
    public async Task<ConversationReference> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var body = new JsonObject
        {
            ["bot"] = new JsonObject { ["id"] = "28:" + options.AppId },
            ["members"] = new JsonArray(new JsonObject { ["id"] = userId }),
            ["isGroup"] = false,
            ["tenantId"] = tenantId,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };
        var answer = await CallAsync("create conversation", HttpMethod.Post, serviceUrl, "v3/conversations", body, cancellationToken).ConfigureAwait(false);
        return new ConversationReference(serviceUrl, ReadId(answer, "create conversation"));
    }

    /// <summary>Reads one member of a conversation: their name, Entra object id, e-mail and UPN.</summary>
    public async Task<ConversationMember> GetConversationMemberAsync(ConversationReference conversation, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        const string operation = "get conversation member";
        var path = $"v3/conversations/{Escape(conversation.ConversationId)}/members/{Escape(userId)}";
        var answer = await CallAsync(operation, HttpMethod.Get, conversation.ServiceUrl, path, null, cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize<ConversationMember>(answer, TeamsJson.Options) is { Id.Length: > 0 } member
                ? member
                : throw new ConnectorException(ConnectorFailure.InvalidResponse, operation, "The member has no id.");
        }
        catch (JsonException ex)
        {
            throw new ConnectorException(ConnectorFailure.InvalidResponse, operation, "The member is not readable JSON.", inner: ex);
        }
    }

    /// <summary>The root every path is relative to: the serviceUrl with exactly one trailing slash.</summary>
    internal static Uri Root(string serviceUrl) => new(serviceUrl.TrimEnd('/') + "/", UriKind.Absolute);

    private async Task<string> CallAsync(
        string operation, HttpMethod method, string serviceUrl, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        // The trust check comes first so a forged activity's serviceUrl never sees a token, nor even a token request.
        if (!trusted.IsTrusted(serviceUrl))
        {
            throw new ConnectorException(ConnectorFailure.UntrustedServiceUrl, operation, "The serviceUrl's host is not on Teams:AllowedServiceUrlHosts.");
        }

        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        var uri = new Uri(Root(serviceUrl), path);
        var payload = body?.ToJsonString();
        return await pipeline.SendAsync(operation, () =>
        {
            var request = new HttpRequestMessage(method, uri);
            if (token.Length > 0)
            {
                request.Headers.Authorization = new("Bearer", token);
            }

            if (payload is not null)
            {
                request.Content = new StringContent(payload, Encoding.UTF8, "application/json");
            }

            return request;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static string ReadId(string answer, string operation)
    {
        try
        {
            return JsonNode.Parse(answer)?["id"]?.GetValue<string>() is { Length: > 0 } id
                ? id
                : throw new ConnectorException(ConnectorFailure.InvalidResponse, operation, "The answer has no id.");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            throw new ConnectorException(ConnectorFailure.InvalidResponse, operation, "The answer is not readable JSON.", inner: ex);
        }
    }

    private static string Escape(string segment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(segment);
        return Uri.EscapeDataString(segment);
    }
}
