using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace PostApprovalBot.Browser.Tests.Infrastructure;

/// <summary>
/// Everything a person needs to try the bot, as scripts/try.sh starts it, on free loopback ports: Azurite, the bot (Development,
/// emulator mode, demo company), one Agents Playground per persona, and headless Debian Chromium to look at them. All killed at the end.
/// </summary>
public sealed class PlaygroundRig : IAsyncLifetime
{
    private readonly Dictionary<Persona, PlaygroundServer> playgrounds = [];
    private AzuriteTables? azurite;
    private BotHost? bot;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string LogFolder { get; } = RepositoryRoot.Artifacts("browser-tests");

    public BotHost Bot => bot ?? throw new InvalidOperationException("The rig is not started.");

    public async Task InitializeAsync()
    {
        try
        {
            azurite = await AzuriteTables.StartAsync(LogFolder);
            bot = await BotHost.StartAsync(azurite, LogFolder);
            var started = await Task.WhenAll(Persona.All.Select(async p => (p, await PlaygroundServer.StartAsync(p.FilePath, bot.MessagesUrl, LogFolder))));
            foreach (var (persona, server) in started)
            {
                playgrounds[persona] = server;
            }

            (playwright, browser) = await HeadlessChromium.LaunchAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public Uri UrlOf(Persona persona) => playgrounds[persona].Url;

    /// <summary>
    /// Opens the persona's Playground page; the bot has greeted them when this returns. Each page is a new Playground session that shows
    /// only what arrives after it opened, so a test sees its own cards only, although the bot and its storage are shared.
    /// </summary>
    public Task<PersonaWindow> OpenAsync(Persona persona) =>
        PersonaWindow.OpenAsync(browser ?? throw new InvalidOperationException("The rig is not started."), persona, UrlOf(persona));

    /// <summary>Opens several people's pages at once; each is open and greeted when this returns.</summary>
    public async Task<OpenWindows> OpenAsync(params Persona[] personas)
    {
        var opening = personas.Select(OpenAsync).ToList();
        try
        {
            return new OpenWindows(await Task.WhenAll(opening));
        }
        catch
        {
            foreach (var opened in opening.Where(o => o.IsCompletedSuccessfully))
            {
                await opened.Result.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>The step recorder of one test, named after it.</summary>
    public Storyboard Story([CallerMemberName] string test = "") => new(test, () => Bot.Tail());

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await Task.WhenAll(playgrounds.Values.Select(p => p.DisposeAsync().AsTask()));
        playgrounds.Clear();
        if (bot is not null)
        {
            await bot.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
