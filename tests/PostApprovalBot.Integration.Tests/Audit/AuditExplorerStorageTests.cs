using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Audit.Explorer;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Core.People;

namespace PostApprovalBot.Integration.Tests.Audit;

/// <summary>The audit explorer's reads on real tables: a day's ledger, then a row range per subject it lists (drafts and audit log).</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Audit")]
public sealed class AuditExplorerStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_days_events_are_read_through_its_ledger_and_filtered_by_account_person_and_action()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        var id = await world.ApprovedDraftAsync();
        await world.World.Service.DecideAsync(StorageWorld.Outsider, id, "Legal", 1, Core.Drafts.Verdict.Approve, null, default);
        var explorer = Explorer(world);

        var ofAccount = await explorer.SearchAsync(Today(world, new AuditEventFilter(StorageWorld.AccountId)), 100, default);
        var ofNoah = await explorer.SearchAsync(Today(world, new AuditEventFilter(Person: StorageWorld.Outsider.Id)), 100, default);
        var decisions = await explorer.SearchAsync(Today(world, new AuditEventFilter(Action: AuditActions.DecisionRecorded)), 100, default);

        Assert.Equal(9, ofAccount.Events.Count); // the draft's eight events and the refusal logged under its id
        Assert.Contains(ofAccount.Events, r => (r.Stream, r.Subject, r.RowKey) == (AuditStreams.Log, id, "aud-00000001"));
        Assert.Equal(AuditActions.ActionRefused, Assert.Single(ofNoah.Events).Event!.Action);
        Assert.Equal(3, decisions.Events.Count);
    }

    [Fact]
    public async Task Verifying_an_account_names_the_row_edited_in_storage()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        var id = await world.ApprovedDraftAsync();
        var intact = await Explorer(world).VerifyAccountAsync(StorageWorld.AccountId, world.Today, world.Today, default);
        var row = await world.RowAsync(world.DraftsTable, id, "aud-00000003");
        row["ActorName"] = "Someone Else";
        await world.ReplaceAsync(world.DraftsTable, row);

        var broken = await Explorer(world).VerifyAccountAsync(StorageWorld.AccountId, world.Today, world.Today, default);
        var period = await world.Verifier.VerifyLedgerDaysAsync(world.Today, world.Today, default);

        Assert.True(intact!.IsIntact, intact.FirstBreak?.ToString());
        Assert.Equal(8, intact.EventsChecked);
        Assert.Equal((AuditBreakKind.HashMismatch, "drafts", id, "aud-00000003", 3L), (broken!.FirstBreak!.Kind, broken.FirstBreak.Table, broken.FirstBreak.Partition, broken.FirstBreak.RowKey, broken.FirstBreak.Sequence));
        Assert.Equal(broken.FirstBreak, period.FirstBreak);
    }

    private static AuditExplorer Explorer(AuditWorld world) => new(world.Archive, world.World.Drafts, world.Verifier);

    private static AuditQuery Today(AuditWorld world, AuditEventFilter filter) => new(world.Today, world.Today, filter);
}
