using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Audit.Export;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Host.Audit;
using PostApprovalBot.Host.Storage;
using PostApprovalBot.Storage.Audit;

namespace PostApprovalBot.Integration.Tests.Audit;

[Trait("Category", "Audit")]
public sealed class AuditSetupTests
{
    [Fact]
    public void The_audit_services_resolve_with_the_configured_retention()
    {
        using var services = Services(("Audit:RetentionYears", "10"));

        Assert.Equal(10, services.GetRequiredService<RetentionPolicy>().Years);
        Assert.NotNull(services.GetRequiredService<AuditVerifier>());
        Assert.NotNull(services.GetRequiredService<AuditExporter>());
        Assert.IsType<AuditArchiveReader>(services.GetRequiredService<IAuditArchive>());
        Assert.Contains(Collection(), d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(LedgerRepairWorker));
    }

    [Fact]
    public void Retention_defaults_to_seven_years()
    {
        using var services = Services();

        Assert.Equal(7, services.GetRequiredService<RetentionPolicy>().Years);
    }

    [Fact]
    public void A_retention_shorter_than_a_year_stops_the_host()
    {
        using var services = Services(("Audit:RetentionYears", "0"));

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AuditOptions>>().Value);
    }

    private static ServiceProvider Services(params (string Key, string Value)[] settings) => Collection(settings).BuildServiceProvider();

    private static ServiceCollection Collection(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { ["Storage:ConnectionString"] = "UseDevelopmentStorage=true" }
                .Concat(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddApprovalStorage(configuration);
        services.AddAuditServices(configuration);
        return services;
    }
}
