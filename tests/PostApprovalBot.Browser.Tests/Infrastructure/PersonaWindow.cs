using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PostApprovalBot.Browser.Tests.Infrastructure;

/// <summary>
/// One person's Agents Playground page in its own browser context, on the 1:1 chat with the bot: what that person sees and clicks.
/// Cards are found by text they contain (the newest such card), buttons by their title, as a person finds them.
/// </summary>
public sealed class PersonaWindow : IAsyncDisposable
{
    private readonly IBrowserContext context;

    private PersonaWindow(Persona persona, IBrowserContext context, IPage page)
    {
        Persona = persona;
        this.context = context;
        Page = page;
    }

    public Persona Persona { get; }

    public IPage Page { get; }

    /// <summary>
    /// Opens the page, which makes the Playground send installationUpdate and conversationUpdate, and waits for the bot's greeting:
    /// from then on the bot knows this person and where to send their cards.
    /// </summary>
    public static async Task<PersonaWindow> OpenAsync(IBrowser browser, Persona persona, Uri url)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(persona);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        context.SetDefaultTimeout(30_000);
        // The page asks for fonts and telemetry on the internet: refused at once, so nothing waits on a name that does not resolve offline.
        await context.RouteAsync(r => !IsLoopback(r), route => route.AbortAsync());
        var page = await context.NewPageAsync();
        var window = new PersonaWindow(persona, context, page);
        await LoadAsync(page, url);
        await page.GetByText("Personal Chat", new PageGetByTextOptions { Exact = true }).First.ClickAsync();
        await window.WaitForCardAsync($"Hi {persona.Name}!");
        return window;
    }

    /// <summary>
    /// Loads the Playground's page, a second time if the first load does not finish: once in CI, on 2 cores under load, its page
    /// (several megabytes of script from the Playground's Node server) took over 30 s. The bot is not involved until the page has
    /// loaded and a new load is a new Playground session, so trying again hides nothing the test is about.
    /// </summary>
    private static async Task LoadAsync(IPage page, Uri url)
    {
        var options = new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded };
        try
        {
            await page.GotoAsync(url.ToString(), options);
        }
        catch (TimeoutException)
        {
            await page.GotoAsync(url.ToString(), options);
        }
    }

    /// <summary>Every card in the chat that contains all of the texts.</summary>
    public ILocator Cards(params string[] containing) =>
        containing.Aggregate(Page.Locator(".ac-adaptiveCard"), (cards, text) => cards.Filter(new LocatorFilterOptions { HasText = text }));

    /// <summary>The newest card in the chat that contains all of the texts (it may not have arrived yet).</summary>
    public ILocator Card(params string[] containing) => Cards(containing).Last;

    /// <summary>Waits until a card with all of the texts is shown, and scrolls to it.</summary>
    public async Task<ILocator> WaitForCardAsync(params string[] containing)
    {
        var card = Card(containing);
        await Expect(card).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
        await card.ScrollIntoViewIfNeededAsync();
        return card;
    }

    /// <summary>Types a message in the compose box and sends it with Enter.</summary>
    public async Task SayAsync(string text)
    {
        var compose = Page.Locator("[data-lexical-editor=true]");
        await compose.ClickAsync();
        await compose.PressSequentiallyAsync(text);
        await compose.PressAsync("Enter");
    }

    /// <summary>
    /// Types into a card's input as a person does, replacing what it holds. Playwright's FillAsync is not enough: the Playground's card
    /// renderer reads some inputs from key events, and a filled comment box was sent empty.
    /// </summary>
    public async Task TypeAsync(ILocator input, string text)
    {
        ArgumentNullException.ThrowIfNull(input);
        await input.ClickAsync();
        await input.PressAsync("Control+A");
        await input.PressAsync("Delete");
        await input.PressSequentiallyAsync(text);
    }

    public Task ClickAsync(ILocator card, string button)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = button, Exact = true }).ClickAsync();
    }

    /// <summary>
    /// What the Playground's log panel lists (every activity it sent, every connector call the bot made, with status codes), followed by
    /// the details of the newest entry: the activity or call itself as JSON.
    /// </summary>
    public async Task<string> LogPanelTextAsync()
    {
        var list = Page.Locator("div:has(> div > span:text-is('Log Panel'))");
        if (await list.CountAsync() == 0)
        {
            return await Page.Locator("body").InnerTextAsync();
        }

        // An entry such as "invoke 200" or "message 201" is a clickable span; its details show under the list, in the same side panel.
        var entries = list.First.Locator("span").Filter(new LocatorFilterOptions { HasTextRegex = new System.Text.RegularExpressions.Regex(@"^\w+ \d{3}$") });
        if (await entries.CountAsync() > 0)
        {
            await entries.Last.ClickAsync(new LocatorClickOptions { Timeout = 5_000 });
        }

        return await list.First.Locator("xpath=../..").InnerTextAsync();
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    public override string ToString() => Persona.Name;

    private static bool IsLoopback(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
