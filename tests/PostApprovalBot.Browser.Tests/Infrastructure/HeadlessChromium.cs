using Microsoft.Playwright;

namespace PostApprovalBot.Browser.Tests.Infrastructure;

/// <summary>Debian's Chromium, headless, driven by Playwright, which never downloads a browser of its own.</summary>
public static class HeadlessChromium
{
    public const string Path = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(Path))
        {
            throw new InvalidOperationException($"{Path} is missing: 'apt-get install -y chromium' (scripts/test.sh does it as root).");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            return (playwright, await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Path,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            }));
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
