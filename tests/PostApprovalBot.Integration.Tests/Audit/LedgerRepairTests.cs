using Azure.Data.Tables;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Audit.Chain;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Storage.Audit;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Integration.Tests.Audit;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Audit")]
public sealed class LedgerRepairTests(AzuriteFixture azurite)
{
    private const string Subject = "accounts";

    [Fact]
    public async Task Events_a_crash_kept_out_of_the_ledger_are_found_and_recorded_by_the_repair_pass()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        await CrashAfterCommitAsync(world, "Changed the account's handle");
        Assert.Equal(AuditBreakKind.NotInLedger, (await world.Verifier.VerifyRangeAsync(world.Today, world.Today, default)).FirstBreak?.Kind);

        var added = await world.Repair.RunAsync(TimeSpan.Zero, default);

        Assert.Equal(1, added);
        var result = await world.Verifier.VerifyRangeAsync(world.Today, world.Today, default);
        Assert.True(result.IsIntact, result.FirstBreak?.ToString());
        Assert.Empty(await PendingAsync(world));
    }

    [Fact]
    public async Task A_second_repair_pass_records_nothing_twice()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        await CrashAfterCommitAsync(world, "Retired an account");
        await world.Repair.RunAsync(TimeSpan.Zero, default);

        Assert.Equal(0, await world.Repair.RunAsync(TimeSpan.Zero, default));
        Assert.Single((await world.Archive.ReadLedgerDayAsync(world.Today, default)).Entries);
    }

    [Fact]
    public async Task A_recent_intent_is_left_alone_because_its_commit_may_still_be_in_flight()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        await CrashAfterCommitAsync(world, "Added a group");

        Assert.Equal(0, await world.Repair.RunAsync(TimeSpan.FromHours(1), default));
        Assert.Single(await PendingAsync(world));
    }

    [Fact]
    public async Task A_normal_commit_leaves_no_intent_behind()
    {
        var world = await AuditWorld.CreateAsync(azurite);

        await world.ApprovedDraftAsync();

        Assert.Empty(await PendingAsync(world));
    }

    [Fact]
    public async Task The_repair_pass_does_not_record_an_event_edited_before_it_ran()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        await CrashAfterCommitAsync(world, "Granted a right");
        var row = await world.RowAsync(world.AuditTable, Subject, "aud-00000001");
        row["Details"] = "Granted a different right";
        await world.ReplaceAsync(world.AuditTable, row);

        Assert.Equal(0, await world.Repair.RunAsync(TimeSpan.Zero, default));
        Assert.Single(await PendingAsync(world));
        Assert.Equal(AuditBreakKind.HashMismatch, (await world.Verifier.VerifyRangeAsync(world.Today, world.Today, default)).FirstBreak?.Kind);
    }

    // The state a crash between the commit and the ledger write leaves: the intent, the event and its head row, no ledger entry.
    private static async Task CrashAfterCommitAsync(AuditWorld world, string details)
    {
        var e = new AuditEvent(Subject, "admin.account-changed", StorageWorld.Owner, world.World.Clock.GetUtcNow(), null, null, null, details);
        var chained = AuditChain.Append(AuditChainHead.Empty, [e]).Single();
        await AuditLedger.For(world.World.Storage).MarkPendingAsync(AuditStreams.Log, Subject, 1, default);
        await world.AuditTable.SubmitTransactionAsync(
        [
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(Subject, AuditLogRepository.HeadRow) { ["Count"] = 1L, ["Hash"] = chained.Hash }),
            new TableTransactionAction(TableTransactionActionType.Add, AuditRows.Row(Subject, chained)),
        ]);
    }

    private static async Task<List<TableEntity>> PendingAsync(AuditWorld world)
    {
        var filter = $"PartitionKey eq {TableKey.Literal(LedgerRows.PendingPartition)}";
        var rows = new List<TableEntity>();
        await foreach (var row in world.LedgerTable.QueryAsync<TableEntity>(filter)) rows.Add(row);
        return rows;
    }
}
