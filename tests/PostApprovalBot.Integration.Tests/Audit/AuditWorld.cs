using Azure;
using Azure.Data.Tables;
using PostApprovalBot.Core.Audit.Export;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Storage.Audit;
using PostApprovalBot.Storage.Tables;
using static PostApprovalBot.Integration.Tests.Infrastructure.StorageWorld;

namespace PostApprovalBot.Integration.Tests.Audit;

/// <summary>The storage world plus the audit services, and direct access to the rows, as someone with the storage key would have.</summary>
public sealed class AuditWorld
{
    private AuditWorld(StorageWorld world)
    {
        World = world;
        Archive = new AuditArchiveReader(world.Storage);
        Verifier = new AuditVerifier(Archive);
        Exporter = new AuditExporter(Archive, world.Drafts, world.Clock);
        // The repair pass compares intents with the table's own timestamps, so it runs on real time, not the test clock.
        Repair = new LedgerRepair(world.Storage, Archive, TimeProvider.System);
    }

    public StorageWorld World { get; }
    public AuditArchiveReader Archive { get; }
    public AuditVerifier Verifier { get; }
    public AuditExporter Exporter { get; }
    public LedgerRepair Repair { get; }
    public DateOnly Today => DateOnly.FromDateTime(World.Clock.GetUtcNow().UtcDateTime);
    public TableClient DraftsTable => World.Storage.Table(TableNames.Drafts);
    public TableClient AuditTable => World.Storage.Table(TableNames.Audit);
    public TableClient LedgerTable => World.Storage.Table(TableNames.Ledger);

    /// <summary>The table prefix this world writes under (the CLI needs it).</summary>
    public string TablePrefix => DraftsTable.Name[..^TableNames.Drafts.Length];

    public static async Task<AuditWorld> CreateAsync(AzuriteFixture azurite) => new(await StorageWorld.CreateAsync(azurite));

    /// <summary>A draft approved by all three stages: eight audit events, sequences 1 to 8.</summary>
    public async Task<string> ApprovedDraftAsync(string text = "Quarterly update.")
    {
        var id = (await World.Service.SubmitAsync(Spokesperson, AccountId, DraftContent.TextOnly(text), default)).Value.Overview.Draft.Id;
        await World.Service.DecideAsync(LegalA, id, "Legal", 1, Verdict.Approve, null, default);
        await World.Service.DecideAsync(Compliance, id, "Compliance", 1, Verdict.Approve, "Fine, \"as is\"", default);
        await World.Service.DecideAsync(Comms, id, "Communications", 1, Verdict.Approve, null, default);
        return id;
    }

    public async Task<TableEntity> RowAsync(TableClient table, string partition, string row) =>
        (await table.GetEntityAsync<TableEntity>(TableKey.Encode(partition), row)).Value;

    public Task ReplaceAsync(TableClient table, TableEntity row) => table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace);
}
