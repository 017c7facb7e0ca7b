using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PostApprovalBot.Integration.Tests.Infrastructure;

/// <summary>The real host, in process, with settings given by the test (later ones override earlier ones).</summary>
public sealed class BotFactory(IReadOnlyDictionary<string, string?> settings, string environment = "Development") : WebApplicationFactory<Program>
{
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
