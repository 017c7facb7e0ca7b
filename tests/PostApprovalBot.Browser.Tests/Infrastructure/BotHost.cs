using System.Diagnostics;

namespace PostApprovalBot.Browser.Tests.Infrastructure;

/// <summary>
/// The real bot from its build output, as scripts/run.sh runs it: Development (so Teams is in emulator mode and the demo company is
/// seeded), on a free loopback port, on the given Azurite with a table prefix of its own.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly ChildProcess process;

    private BotHost(ChildProcess process, Uri baseUrl, string tablePrefix)
    {
        this.process = process;
        BaseUrl = baseUrl;
        TablePrefix = tablePrefix;
    }

    public Uri BaseUrl { get; }

    /// <summary>The prefix of this bot's tables in Azurite, for tests that check what it stored (the audit trail) or alter it as someone with the storage key would.</summary>
    public string TablePrefix { get; }

    /// <summary>Where the Playgrounds send their activities.</summary>
    public Uri MessagesUrl => new(BaseUrl, "api/messages");

    public string Tail() => process.Tail(60);

    /// <param name="settings">More configuration (e.g. <c>WebView:Authority</c>, <c>Slack:ApiBaseUrl</c>), as environment variables.</param>
    public static async Task<BotHost> StartAsync(AzuriteTables azurite, string logFolder, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var (contentRoot, dll) = RepositoryRoot.Host();
        var baseUrl = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}/");
        var info = new ProcessStartInfo("dotnet") { ArgumentList = { dll }, WorkingDirectory = contentRoot };
        // Settings that would take the channel out of emulator mode must not leak in from the machine running the tests.
        foreach (var inherited in info.Environment.Keys.Where(k => k.StartsWith("Teams__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(inherited);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = baseUrl.GetLeftPart(UriPartial.Authority);
        info.Environment["Storage__ConnectionString"] = azurite.ConnectionString;
        var tablePrefix = "browser" + Guid.NewGuid().ToString("N")[..8];
        info.Environment["Storage__TablePrefix"] = tablePrefix;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = ChildProcess.Start("the bot", info, Path.Combine(logFolder, "bot.log"));
        try
        {
            await process.WaitForLineAsync(l => l.Contains("seed.demo.json applied", StringComparison.Ordinal), TimeSpan.FromSeconds(90)).ConfigureAwait(false);
            await process.WaitForLineAsync(l => l.Contains("Application started", StringComparison.Ordinal), TimeSpan.FromSeconds(30)).ConfigureAwait(false);
            return new BotHost(process, baseUrl, tablePrefix);
        }
        catch
        {
            await process.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
