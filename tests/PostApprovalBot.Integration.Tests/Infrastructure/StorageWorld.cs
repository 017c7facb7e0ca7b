using Microsoft.Extensions.Time.Testing;
using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Spokespersons;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Storage;
using PostApprovalBot.Storage.Audit;
using PostApprovalBot.Storage.Configuration;
using PostApprovalBot.Storage.Drafts;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Integration.Tests.Infrastructure;

/// <summary>
/// The core use cases on real tables in Azurite, under a fresh table prefix, with a small company:
/// one LinkedIn account, a spokesperson, and legal/compliance/communications groups.
/// </summary>
public sealed class StorageWorld
{
    public static readonly Person Owner = Person.FromEmail("owner@contoso.com", "Olivia Owner");
    public static readonly Person Spokesperson = Person.FromEmail("emma@contoso.com", "Emma Employee");
    public static readonly Person Outsider = Person.FromEmail("noah@contoso.com", "Noah Outsider");
    public static readonly Person LegalA = Person.FromEmail("lena@contoso.com", "Lena Legal");
    public static readonly Person LegalB = Person.FromEmail("liam@contoso.com", "Liam Legal");
    public static readonly Person Compliance = Person.FromEmail("colin@contoso.com", "Colin Compliance");
    public static readonly Person Comms = Person.FromEmail("chloe@contoso.com", "Chloe Comms");
    public const string AccountId = "linkedin-contoso";

    private StorageWorld(string connectionString)
    {
        var options = new StorageOptions { ConnectionString = connectionString, TablePrefix = AzuriteFixture.NewPrefix() };
        Requests = new TableRequestLog(options.TablePrefix);
        options.PipelinePolicies.Add(Requests);
        Storage = new TableStorage(options);
        Index = new DraftIndex(Storage);
        Outbox = NotificationOutbox.On(Storage, Clock);
        Drafts = DraftRepository.On(Storage, Clock);
        // What the host's dispatcher does after each answer, done at once here: lists, agenda and ledger are up to date when a call returns.
        Sink = new RecordingSink(outcome => outcome.Notification is { } n ? Outbox.ApplyEffectsAsync(n, default) : Task.CompletedTask);
        Accounts = new AccountRepository(Storage);
        Grants = new GrantRepository(Storage);
        Groups = new GroupRepository(Storage);
        Routes = new RouteRepository(Storage);
        Audit = new AuditLogRepository(Storage);
        Policy = new PolicyRepository(Storage);
        Directory = new CompanyDirectory(Accounts, Grants, Routes, Groups, Policy, Drafts);
        Service = new DraftService(Directory, Drafts, Audit, Sink, Clock);
        Configuration = new CachedConfiguration(Accounts, Grants, Routes, Groups, Policy, new ConfigurationStamp(Storage), TimeSpan.FromHours(1));
        var cached = new CompanyDirectory(Configuration, Configuration, Configuration, Configuration, Configuration, Drafts);
        CachedService = new DraftService(cached, Drafts, Audit, CachedSink, Clock);
    }

    /// <summary>Every table request while <see cref="TableRequestLog.Recording"/> is on.</summary>
    public TableRequestLog Requests { get; }

    /// <summary>The configuration as the host reads it, cached; checked against the stamp at first use and after its own changes only, so counts are exact.</summary>
    public CachedConfiguration Configuration { get; }

    /// <summary>The use cases as the host runs them: cached configuration, and nothing applied after a commit (the dispatcher's work).</summary>
    public DraftService CachedService { get; }

    public RecordingSink CachedSink { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    public RecordingSink Sink { get; }
    public TableStorage Storage { get; }
    public DraftIndex Index { get; }
    public NotificationOutbox Outbox { get; }
    public DraftRepository Drafts { get; }
    public AccountRepository Accounts { get; }
    public GrantRepository Grants { get; }
    public GroupRepository Groups { get; }
    public RouteRepository Routes { get; }
    public AuditLogRepository Audit { get; }
    public PolicyRepository Policy { get; }
    public CompanyDirectory Directory { get; }
    public DraftService Service { get; }

    public static async Task<StorageWorld> CreateAsync(AzuriteFixture azurite)
    {
        var world = new StorageWorld(azurite.ConnectionString);
        await world.Storage.EnsureTablesAsync(CancellationToken.None);
        await world.Accounts.SaveAsync(new CompanyAccount(AccountId, Platform.LinkedIn, "contoso", "Contoso on LinkedIn", Owner), default);
        await world.Groups.SaveAsync(new ApproverGroup(ApprovalRoute.Legal, "Legal", [LegalA, LegalB]), default);
        await world.Groups.SaveAsync(new ApproverGroup(ApprovalRoute.Compliance, "Compliance", [Compliance]), default);
        await world.Groups.SaveAsync(new ApproverGroup(ApprovalRoute.Communications, "Communications", [Comms]), default);
        await world.Grants.SaveAsync(new SpokespersonGrant("g1", Spokesperson.Id, GrantScope.ForAccount(AccountId), Owner.Id, world.Clock.GetUtcNow().AddDays(-1)), default);
        return world;
    }
}
