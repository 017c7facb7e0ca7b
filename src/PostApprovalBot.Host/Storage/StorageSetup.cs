using Microsoft.Extensions.Options;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;
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
        services.AddSingleton<NotificationOutbox>();
        services.AddSingleton<INotificationOutbox>(sp => sp.GetRequiredService<NotificationOutbox>());
        services.AddSingleton<IDraftStore, DraftRepository>();
        services.AddSingleton<IAccountStore, AccountRepository>();
        services.AddSingleton<IGrantStore, GrantRepository>();
        services.AddSingleton<IRouteStore, RouteRepository>();
        services.AddSingleton<IApproverGroupStore, GroupRepository>();
        services.AddSingleton<IPolicyStore, PolicyRepository>();
        services.AddSingleton<IPolicySettingsSource>(sp => sp.GetRequiredService<IPolicyStore>());
        services.AddSingleton<IAuditLog, AuditLogRepository>();
        services.AddSingleton<IChatDirectory, ChatDirectoryRepository>();
        services.AddSingleton<IPostedCardStore, PostedCardRepository>();
        services.AddSingleton<IOnceOnlyClaims, OnceOnlyClaimRepository>();
        services.AddSingleton<CompanyDirectory>();
        services.AddSingleton<DraftService>();
        services.AddHostedService<TableBootstrapper>();
        return services;
    }
}
