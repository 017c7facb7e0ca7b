using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace PostApprovalBot.Integration.Tests.Teams.Support;

/// <summary>
/// The real host on real Kestrel (127.0.0.1, a free port), so requests arrive over loopback TCP as the channel's would;
/// test services are applied after the host's own registrations.
/// </summary>
public sealed class TeamsHostFactory(IReadOnlyDictionary<string, string?> settings, string environment, Action<IServiceCollection>? testServices)
    : WebApplicationFactory<Program>
{
    public void Start()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (testServices is not null) builder.ConfigureTestServices(testServices);
    }
}
