using Microsoft.Extensions.Options;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Audit.Explorer;
using PostApprovalBot.Core.Audit.Export;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Storage.Audit;

namespace PostApprovalBot.Host.Audit;

/// <summary>
/// Wires verification, export, retention and the ledger repair pass. Call after AddApprovalStorage
/// (it uses the table storage and the draft store registered there):
/// <c>builder.Services.AddAuditServices(builder.Configuration);</c>
/// </summary>
public static class AuditSetup
{
    public static IServiceCollection AddAuditServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditOptions>()
            .Bind(configuration.GetSection(AuditOptions.Section))
            .Validate(o => o.Validate() is null, "Audit settings are invalid: Audit:RetentionYears must be 1 to 100, Audit:RepairInterval positive.")
            .ValidateOnStart();
        services.AddSingleton(sp => new RetentionPolicy(sp.GetRequiredService<IOptions<AuditOptions>>().Value.RetentionYears));
        services.AddSingleton<IAuditArchive, AuditArchiveReader>();
        services.AddSingleton<AuditVerifier>();
        services.AddSingleton<AuditExporter>();
        services.AddSingleton<AuditExplorer>();
        services.AddSingleton<LedgerRepair>();
        services.AddHostedService<LedgerRepairWorker>();
        return services;
    }
}
