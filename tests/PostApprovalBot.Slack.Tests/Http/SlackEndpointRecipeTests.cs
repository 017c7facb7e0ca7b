using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PostApprovalBot.Slack.Http;
using PostApprovalBot.Slack.Inbound.Events;
using PostApprovalBot.Slack.Signing;

namespace PostApprovalBot.Slack.Tests.Http;

/// <summary>
/// The wiring the README recommends (raw body → verify → parse → de-duplicate → ack), run in a real
/// Kestrel host and called over HTTP, so the recipe is known to work as written.
/// </summary>
[Trait("Category", "Security")]
public sealed class SlackEndpointRecipeTests : IAsyncLifetime
{
    private const string Secret = "recipe-secret";
    private WebApplication _app = null!;
    private HttpClient _http = null!;
    private int _handled;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(new SlackRequestVerifier(SlackTestOptions.With(Secret), TimeProvider.System));
        builder.Services.AddSingleton<ISlackEventDeduplicator>(new InMemorySlackEventDeduplicator(TimeProvider.System));
        _app = builder.Build();
        _app.MapPost("/slack/events", async (HttpRequest request, SlackRequestVerifier verifier, ISlackEventDeduplicator events) =>
        {
            var body = await SlackRawBody.ReadAsync(request, request.HttpContext.RequestAborted);
            if (body is null)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }
            if (!verifier.Verify(request.Headers, body).IsValid)
            {
                return Results.Unauthorized();
            }
            var parsed = SlackEventsParser.Parse(body);
            if (!parsed.Succeeded)
            {
                return Results.BadRequest(parsed.Error);
            }
            switch (parsed.Value)
            {
                case UrlVerificationRequest verification:
                    return SlackHttpAnswer.UrlVerification(verification.Challenge);
                case EventCallback callback when await events.TryClaimAsync(callback.EventId):
                    Interlocked.Increment(ref _handled); // the host would queue the slow work here
                    break;
            }
            return SlackHttpAnswer.Ack();
        });
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string body, string? secret = Secret, string? retryNumber = null)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(SlackRequestVerifier.TimestampHeader, timestamp);
        if (secret is not null)
        {
            request.Headers.Add(SlackRequestVerifier.SignatureHeader, SlackSignedRequests.Sign(secret, timestamp, body));
        }
        if (retryNumber is not null)
        {
            request.Headers.Add(SlackEventRetry.RetryNumberHeader, retryNumber);
        }
        return _http.SendAsync(request);
    }

    [Fact]
    public async Task Signed_url_verification_is_answered_with_the_challenge()
    {
        var response = await PostAsync("""{"type":"url_verification","challenge":"c-1"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("c-1", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["challenge"]);
    }

    [Fact]
    public async Task Unsigned_or_wrongly_signed_request_is_refused_before_parsing()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("""{"type":"url_verification","challenge":"c"}""", secret: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("not even json", secret: "wrong")).StatusCode);
    }

    [Fact]
    public async Task Retried_event_is_acknowledged_but_handled_once()
    {
        var body = SlackPayloads.EventCallback("Ev-recipe").ToJsonString();

        var first = await PostAsync(body);
        var retry = await PostAsync(body, retryNumber: "1");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        Assert.Equal(1, _handled);
    }
}
