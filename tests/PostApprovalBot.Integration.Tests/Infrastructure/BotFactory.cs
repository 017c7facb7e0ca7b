using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace PostApprovalBot.Integration.Tests.Infrastructure;

/// <summary>The real host, in process, with settings given by the test (later ones override earlier ones).</summary>
public sealed class BotFactory(IReadOnlyDictionary<string, string?> settings, string environment = "Development") : WebApplicationFactory<Program>
{
    public IReadOnlyDictionary<string, string?> Settings => settings;

    public static BotFactory OnAzurite(AzuriteFixture azurite, params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = AzuriteFixture.NewPrefix(),
        };
        foreach (var (key, value) in extra) settings[key] = value;
        return new BotFactory(settings);
    }

    /// <summary>Replaces services after the host's own registrations (e.g. a test signing key).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (TestServices is not null) builder.ConfigureTestServices(TestServices);
    }
}
