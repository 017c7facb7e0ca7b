using Microsoft.Extensions.Logging.Abstractions;
using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Tests.WebApi;

/// <summary>Starts a loopback Slack stand-in per test (answering <c>{"ok":true}</c> unless scripted) and builds clients that talk to it.</summary>
public abstract class LoopbackSlackTest : IAsyncLifetime
{
    protected static readonly SlackMessage Message = new("Hello", [new SectionBlock(new MrkdwnText("*Hello*"))]);

    private ScriptedStandIn? _slack;

    private protected ScriptedStandIn Slack => _slack ?? throw new InvalidOperationException("Not started.");

    /// <summary>The stand-in's slack.com/api/.</summary>
    protected Uri ApiBaseUrl => new(Slack.BaseUri, "api/");

    protected HttpClient Http { get; } = new();

    public async Task InitializeAsync() => _slack = await ScriptedStandIn.StartAsync("""{"ok":true}""");

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Slack.DisposeAsync();
    }

    protected SlackApiClient Client(Action<SlackOptions>? configure = null, Uri? apiBaseUrl = null) =>
        new(Http, SlackTestOptions.With(apiBaseUrl: apiBaseUrl ?? ApiBaseUrl, configure: configure), TimeProvider.System, NullLogger<SlackApiClient>.Instance);

    private protected RecordedRequest OnlyRequest() => Assert.Single(Slack.Requests);

    private protected static JsonObject BodyOf(RecordedRequest request) => JsonNode.Parse(request.Body)!.AsObject();
}
