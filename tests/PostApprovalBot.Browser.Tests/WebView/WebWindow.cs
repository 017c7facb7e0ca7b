using Microsoft.Playwright;

namespace PostApprovalBot.Browser.Tests.WebView;

/// <summary>One person's browser (its own context: own cookies, own session) with one page, on loopback only.</summary>
public sealed class WebWindow(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public static async Task<WebWindow> OpenAsync(IBrowser browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(30_000);
        // Nothing on the internet is reachable here: refused at once rather than waited for.
        await context.RouteAsync(url => !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback), route => route.AbortAsync());
        return new WebWindow(context, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
