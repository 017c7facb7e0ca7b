using System.Net.Http.Headers;

namespace PostApprovalBot.Integration.Tests.Admin;

/// <summary>
/// The real host with the admin API on and Entra stood in for by <see cref="AdminTokens"/>, started and answering /healthz;
/// clients call it anonymously or signed in as anyone, with any app roles.
/// </summary>
public sealed class AdminApiHost : IAsyncDisposable
{
    /// <summary>The app role the admin API requires.</summary>
    public const string Role = "PostApprovalBot.Admin";

    private readonly AdminTokens tokens = new();
    private readonly BotFactory bot;

    private AdminApiHost(AzuriteFixture azurite, string bootstrapAdmin, Action<IServiceCollection>? services, (string, string?)[] settings) =>
        bot = new BotFactory(BotFactory.OnAzurite(azurite, [.. AdminTokens.Settings(bootstrapAdmin), .. settings]).Settings)
        {
            TestServices = collection => { tokens.Install(collection); services?.Invoke(collection); },
        };

    public IServiceProvider Services => bot.Services;

    /// <summary>Starts the host; <paramref name="services"/> and <paramref name="settings"/> add to the test's own (e.g. a request log).</summary>
    public static async Task<AdminApiHost> StartAsync(
        AzuriteFixture azurite, string bootstrapAdmin, Action<IServiceCollection>? services = null, params (string, string?)[] settings)
    {
        var host = new AdminApiHost(azurite, bootstrapAdmin, services, settings);
        using var client = host.bot.CreateClient();
        for (var i = 0; i < 100 && (await client.GetAsync("/healthz")).StatusCode != HttpStatusCode.OK; i++) await Task.Delay(100);
        return host;
    }

    public HttpClient Anonymous() => bot.CreateClient();

    public HttpClient As(string email, params string[] roles)
    {
        var client = bot.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.For(email, roles));
        return client;
    }

    public ValueTask DisposeAsync() => bot.DisposeAsync();
}
