using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Microsoft.Playwright;
using PostApprovalBot.Browser.Tests.Infrastructure;
using PostApprovalBot.Testing.Entra;
using PostApprovalBot.Testing.Slack;
using PostApprovalBot.Testing.Teams;
using static Microsoft.Playwright.Assertions;

namespace PostApprovalBot.Browser.Tests.WebView;

/// <summary>
/// The web view's world on loopback ports: Azurite, Entra (<see cref="OpenIdConnectStandIn"/>), Slack's Web API and the Bot Connector
/// (stand-ins), the real bot as a process (Development: demo company, Teams in emulator mode; Slack and the web view configured
/// against the stand-ins), and one headless Chromium. All stopped at the end.
/// </summary>
public sealed class WebViewRig : IAsyncLifetime
{
    public const string ClientId = "b8e0f6a2-7d3c-4e19-a5f4-2c6d8e0b1a93";
    public const string ClientSecret = "web-view-test-client-secret";
    public const string ApplicationIdUri = "api://127.0.0.1/" + ClientId;
    private const string SlackSigningSecret = "web-view-slack-signing-secret";
    private AzuriteTables? azurite;
    private BotHost? bot;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private OpenIdConnectStandIn? oidc;
    private SlackWebApiStandIn? slack;
    private ConnectorStandIn? connector;

    public string LogFolder { get; } = RepositoryRoot.Artifacts("browser-tests", "web-view");

    public BotHost Bot => bot ?? throw NotStarted();

    public OpenIdConnectStandIn Entra => oidc ?? throw NotStarted();

    public IBrowser Browser => browser ?? throw NotStarted();

    /// <summary>The bot's audit trail as stored, read straight from Azurite.</summary>
    public StoredAudit Audit => new(azurite?.ConnectionString ?? throw NotStarted(), Bot.TablePrefix);

    /// <summary>An HTTP client of the bot, as the channels and a Teams tab call it.</summary>
    public HttpClient Http { get; private set; } = null!;

    public TwoChannels Chats { get; private set; } = null!;

    /// <summary>The web view's sign-in callback, as registered for the app in Entra.</summary>
    public Uri RedirectUri => new(Bot.BaseUrl, "web/signin-oidc");

    public async Task InitializeAsync()
    {
        try
        {
            azurite = await AzuriteTables.StartAsync(LogFolder);
            oidc = await OpenIdConnectStandIn.StartAsync(WebPerson.Everyone.Select(p => p.Entra));
            slack = await SlackWebApiStandIn.StartAsync(WebPerson.Everyone.Select(p => p.Slack));
            connector = await ConnectorStandIn.StartAsync(WebPerson.Everyone);
            bot = await BotHost.StartAsync(azurite, LogFolder, Settings(oidc, slack));
            oidc.Register(new OpenIdConnectClient(ClientId, ClientSecret, [RedirectUri.ToString()]));
            Http = new HttpClient { BaseAddress = bot.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
            Chats = new TwoChannels(Http, slack, connector, SlackSigningSecret);
            (playwright, browser) = await HeadlessChromium.LaunchAsync();
            // A sign-in is three round trips through Entra's stand-in and the host's first metadata fetch; with the Playground
            // tests on the same two cores it can take longer than Playwright's 5 s default for an expectation.
            Assertions.SetDefaultExpectTimeout(30_000);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>One of the bot's tables in Azurite (<c>"audit"</c>, <c>"drafts"</c>…), as someone with the storage key reaches it.</summary>
    public TableClient Table(string name) =>
        new TableServiceClient((azurite ?? throw NotStarted()).ConnectionString).GetTableClient(Bot.TablePrefix + name);

    /// <summary>A page of the web view, e.g. <c>Web("drafts")</c> for /web/drafts.</summary>
    public Uri Web(string path = "") => new(Bot.BaseUrl, "web/" + path);

    public Task<WebWindow> OpenWindowAsync() => WebWindow.OpenAsync(Browser);

    /// <summary>Opens the web view signed out: it sends the browser on to Entra's sign-in page.</summary>
    public async Task OpenSignedOutAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(Web().ToString());
        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(Entra.AuthorizationEndpoint)));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    /// <summary>
    /// The whole browser sign-in (from Entra's page when the browser is there already): the person types their e-mail, Entra posts
    /// the code back (form_post), the web view redeems it and opens a session; the page then says who is signed in.
    /// </summary>
    public async Task SignInAsync(IPage page, WebPerson person)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(person);
        if (!page.Url.StartsWith(Entra.AuthorizationEndpoint, StringComparison.Ordinal)) await OpenSignedOutAsync(page);
        await page.GetByLabel("Email").FillAsync(person.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(Web().ToString().TrimEnd('/'))));
        await Expect(page.GetByText($"Signed in as {person.Name}")).ToBeVisibleAsync();
    }

    /// <summary>The step recorder of one test, named after it.</summary>
    public Storyboard Story([CallerMemberName] string test = "") => new(test, () => Bot.Tail());

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        Http?.Dispose();
        if (bot is not null) await bot.DisposeAsync();
        if (connector is not null) await connector.DisposeAsync();
        if (slack is not null) await slack.DisposeAsync();
        if (oidc is not null) await oidc.DisposeAsync();
        if (azurite is not null) await azurite.DisposeAsync();
    }

    private static Dictionary<string, string> Settings(OpenIdConnectStandIn entra, SlackWebApiStandIn slack) => new()
    {
        ["WebView:Authority"] = entra.Authority,
        ["WebView:ClientId"] = ClientId,
        ["WebView:ClientSecret"] = ClientSecret,
        ["WebView:ApplicationIdUri"] = ApplicationIdUri,
        ["WebView:RequireHttpsMetadata"] = "false",
        ["Slack:SigningSecret"] = SlackSigningSecret,
        ["Slack:BotToken"] = SlackWebApiStandIn.BotToken,
        ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
        ["Slack:RetryBaseDelay"] = "00:00:00.050",
    };

    private static InvalidOperationException NotStarted() => new("The web view rig is not started.");
}
