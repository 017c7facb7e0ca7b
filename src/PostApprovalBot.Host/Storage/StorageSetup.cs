using Microsoft.Extensions.Options;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Host.Workflow;
using PostApprovalBot.Storage;
using PostApprovalBot.Storage.Audit;
using PostApprovalBot.Storage.Chat;
using PostApprovalBot.Storage.Configuration;
using PostApprovalBot.Storage.Drafts;
using PostApprovalBot.Storage.Health;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Host.Storage;

/// <summary>Wires the table adapter and the core use cases that run on it.</summary>
public static class StorageSetup
{
    public static IServiceCollection AddApprovalStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Validate(o => o.Validate() is null, "Storage settings are invalid")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton(sp => new TableStorage(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<StorageHealth>();
        services.AddSingleton<DraftIndex>();
        services.AddSingleton<PostingCalendar>();
        services.AddSingleton<ReviewAgendaTable>();
        services.AddSingleton<IReviewAgenda>(sp => sp.GetRequiredService<ReviewAgendaTable>());
        services.AddSingleton<OutboxPointers>();
        services.AddSingleton<ChangeEffectsWriter>();
        services.AddSingleton<NotificationOutbox>();
        services.AddSingleton<INotificationOutbox>(sp => sp.GetRequiredService<NotificationOutbox>());
        services.AddSingleton<IDraftStore, DraftRepository>();
        services.AddConfigurationCache();
        services.AddSingleton<IAuditLog, AuditLogRepository>();
        services.AddSingleton<IChatDirectory, ChatDirectoryRepository>();
        services.AddSingleton<IPostedCardStore, PostedCardRepository>();
        services.AddSingleton<IOnceOnlyClaims, OnceOnlyClaimRepository>();
        services.AddSingleton<CompanyDirectory>();
        services.AddSingleton(sp =>
        {
            var workflow = sp.GetRequiredService<IOptions<WorkflowOptions>>().Value;
            return new ChangeAdmission(workflow.MaxConcurrentChanges, workflow.AdmissionWait);
        });
        services.AddSingleton<DraftService>();
        services.AddSingleton<TableBootstrapper>();
        services.AddHostedService(sp => sp.GetRequiredService<TableBootstrapper>());
        return services;
    }

    // Reads go through the cache; writes go through it too, so this instance forgets at once what it changed.
    private static void AddConfigurationCache(this IServiceCollection services)
    {
        services.AddSingleton<AccountRepository>();
        services.AddSingleton<GrantRepository>();
        services.AddSingleton<RouteRepository>();
        services.AddSingleton<GroupRepository>();
        services.AddSingleton<PolicyRepository>();
        services.AddSingleton<ConfigurationStamp>();
        services.AddSingleton(sp => new CachedConfiguration(
            sp.GetRequiredService<AccountRepository>(), sp.GetRequiredService<GrantRepository>(), sp.GetRequiredService<RouteRepository>(),
            sp.GetRequiredService<GroupRepository>(), sp.GetRequiredService<PolicyRepository>(), sp.GetRequiredService<ConfigurationStamp>(),
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConfigurationRefresh));
        services.AddSingleton<IAccountStore>(sp => sp.GetRequiredService<CachedConfiguration>());
        services.AddSingleton<IGrantStore>(sp => sp.GetRequiredService<CachedConfiguration>());
        services.AddSingleton<IRouteStore>(sp => sp.GetRequiredService<CachedConfiguration>());
        services.AddSingleton<IApproverGroupStore>(sp => sp.GetRequiredService<CachedConfiguration>());
        services.AddSingleton<IPolicyStore>(sp => sp.GetRequiredService<CachedConfiguration>());
        services.AddSingleton<IPolicySettingsSource>(sp => sp.GetRequiredService<CachedConfiguration>());
    }
}
