using Azure;
using Azure.Data.Tables;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Audit.Chain;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Storage.Audit;
using PostApprovalBot.Storage.Drafts;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Integration.Tests.Audit;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Audit")]
public sealed class TamperDetectionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task An_untouched_history_verifies_intact_for_the_draft_and_for_the_day()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        var id = await world.ApprovedDraftAsync();

        var draft = await world.Verifier.VerifyDraftAsync(id, default);
        var day = await world.Verifier.VerifyRangeAsync(world.Today, world.Today, default);

        Assert.True(draft!.IsIntact, draft.FirstBreak?.ToString());
        Assert.Equal(8, draft.EventsChecked);
        Assert.True(day.IsIntact, day.FirstBreak?.ToString());
        Assert.Equal(8, day.LedgerEntriesChecked);
        Assert.Equal(8, Assert.Single(day.Days).Entries);
    }

    [Fact]
    public async Task Editing_an_audit_row_in_storage_is_detected_naming_the_event()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        var id = await world.ApprovedDraftAsync();
        var row = await world.RowAsync(world.DraftsTable, id, "aud-00000003");
        row["Details"] = "stage=Legal; verdict=Reject";
        await world.ReplaceAsync(world.DraftsTable, row);

        var result = (await world.Verifier.VerifyDraftAsync(id, default))!;
        var period = await world.Verifier.VerifyRangeAsync(world.Today, world.Today, default);

        var broken = result.FirstBreak!;
        Assert.Equal((AuditBreakKind.HashMismatch, "drafts", id, "aud-00000003", 3L), (broken.Kind, broken.Table, broken.Partition, broken.RowKey, broken.Sequence));
        Assert.Contains($"Event 3 ({AuditActions.DecisionRecorded} by {StorageWorld.LegalA.Id}", broken.Message);
        Assert.Equal(broken, period.FirstBreak);
    }

    [Fact]
    public async Task Deleting_an_audit_row_in_storage_is_detected_naming_the_missing_event()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        var id = await world.ApprovedDraftAsync();
        await world.DraftsTable.DeleteEntityAsync(TableKey.Encode(id), "aud-00000002");

        var result = await world.Verifier.VerifyRangeAsync(world.Today, world.Today, default);

        Assert.Equal((AuditBreakKind.MissingEvents, "aud-00000003", "2"), (result.FirstBreak!.Kind, result.FirstBreak.RowKey, result.FirstBreak.Expected));
        Assert.Contains("Event 2 is missing", result.FirstBreak.Message);
        Assert.Contains(result.Breaks, b => b.Kind == AuditBreakKind.LedgerEntryWithoutEvent && b.Message.Contains($"drafts/{id} event 2"));
    }

    [Fact]
    public async Task Inserting_an_audit_row_in_storage_is_detected()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        var id = await world.ApprovedDraftAsync();
        var chain = await world.Archive.ReadChainAsync(AuditStreams.Drafts, id, default);
        var fake = new AuditEvent(id, AuditActions.DraftWithdrawn, StorageWorld.Spokesperson, world.World.Clock.GetUtcNow(), 1, "Approved", "Withdrawn");
        var extra = AuditChain.Append(chain.Head!, [fake]).Single();
        await world.DraftsTable.AddEntityAsync(AuditRows.Row(TableKey.Encode(id), extra));

        var result = (await world.Verifier.VerifyDraftAsync(id, default))!;

        Assert.Equal((AuditBreakKind.HeadMismatch, "aud-00000009", 9L), (result.FirstBreak!.Kind, result.FirstBreak.RowKey, result.FirstBreak.Sequence));
        Assert.Contains(result.Breaks, b => b.Kind == AuditBreakKind.NotInLedger && b.RowKey == "aud-00000009");
    }

    [Fact]
    public async Task A_consistent_rewrite_of_a_drafts_chain_is_caught_by_the_daily_ledger()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        var id = await world.ApprovedDraftAsync();
        var chain = await world.Archive.ReadChainAsync(AuditStreams.Drafts, id, default);
        var events = chain.Rows.Select(r => r.Event!).ToList();
        events[2] = events[2] with { Actor = StorageWorld.LegalB, Details = "stage=Legal; verdict=Approve" };
        // Someone with the storage key rewrites every row from 3 on, and the header's chain head, so the draft's own chain is valid.
        var rewritten = AuditChain.Append(AuditChainHead.Empty, events);
        foreach (var e in rewritten.Skip(2)) await world.DraftsTable.UpsertEntityAsync(AuditRows.Row(TableKey.Encode(id), e), TableUpdateMode.Replace);
        var header = await world.RowAsync(world.DraftsTable, id, DraftRows.HeaderRow);
        header[DraftRows.AuditHead] = rewritten[^1].Hash;
        await world.ReplaceAsync(world.DraftsTable, header);

        var result = (await world.Verifier.VerifyDraftAsync(id, default))!;

        Assert.Null(AuditChainCheck.Check(await world.Archive.ReadChainAsync(AuditStreams.Drafts, id, default)));
        Assert.Equal((AuditBreakKind.LedgerHashMismatch, "drafts", id, "aud-00000003", 3L), (result.FirstBreak!.Kind, result.FirstBreak.Table, result.FirstBreak.Partition, result.FirstBreak.RowKey, result.FirstBreak.Sequence));
        Assert.Equal(chain.Rows[2].Hash, result.FirstBreak.Expected);
    }

    [Fact]
    public async Task Deleting_a_ledger_entry_is_detected()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        await world.ApprovedDraftAsync();
        await world.LedgerTable.DeleteEntityAsync(LedgerRows.Partition(world.Today), LedgerRows.EntryKey(4));

        var result = await world.Verifier.VerifyRangeAsync(world.Today, world.Today, default);

        Assert.Contains(result.Breaks, b => (b.Kind, b.Table, b.Sequence) == (AuditBreakKind.MissingEvents, "ledger", 5L));
        Assert.Contains(result.Breaks, b => (b.Kind, b.RowKey) == (AuditBreakKind.NotInLedger, "aud-00000004"));
    }

    [Fact]
    public async Task Editing_a_refusal_in_the_audit_log_is_detected()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        var id = await world.ApprovedDraftAsync();
        await world.World.Service.DecideAsync(StorageWorld.Outsider, id, "Legal", 1, Core.Drafts.Verdict.Approve, null, default);
        var row = await world.RowAsync(world.AuditTable, id, "aud-00000001");
        row["ActorName"] = "Someone Else";
        await world.ReplaceAsync(world.AuditTable, row);

        var result = await world.Verifier.VerifyRangeAsync(world.Today, world.Today, default);

        Assert.Equal((AuditBreakKind.HashMismatch, "audit", id, "aud-00000001"), (result.FirstBreak!.Kind, result.FirstBreak.Table, result.FirstBreak.Partition, result.FirstBreak.RowKey));
        Assert.Contains(AuditActions.ActionRefused, result.FirstBreak.Message);
    }

    [Fact]
    public async Task Concurrent_refusals_on_one_subject_form_one_unbroken_chain()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        var at = world.World.Clock.GetUtcNow();

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => world.World.Audit.AppendAsync(
            new AuditEvent("grants", AuditActions.ActionRefused, StorageWorld.Outsider, at.AddMilliseconds(i), null, null, null, $"NotAnAdmin: try {i}"), default)));

        var chain = await world.Archive.ReadChainAsync(AuditStreams.Log, "grants", default);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => (long)i), chain.Rows.Select(r => r.Sequence));
        var result = await world.Verifier.VerifyRangeAsync(world.Today, world.Today, default);
        Assert.True(result.IsIntact, result.FirstBreak?.ToString());
        Assert.Equal(12, result.LedgerEntriesChecked);
    }

    [Fact]
    public async Task Event_times_keep_their_sub_second_precision_in_storage()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        world.World.Clock.Advance(TimeSpan.FromTicks(1_234_567));

        var id = await world.ApprovedDraftAsync();

        var trail = await world.World.Drafts.GetAuditTrailAsync(id, default);
        Assert.Equal(world.World.Clock.GetUtcNow(), trail[0].At);
        Assert.True((await world.Verifier.VerifyDraftAsync(id, default))!.IsIntact);
    }

    [Fact]
    public async Task A_draft_that_does_not_exist_has_nothing_to_verify()
    {
        var world = await AuditWorld.CreateAsync(azurite);

        Assert.Null(await world.Verifier.VerifyDraftAsync("P-NONE22", default));
    }

    [Fact]
    public async Task An_admin_change_with_a_document_longer_than_a_table_property_is_stored_whole_and_verifies()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        var lexicon = "{\"terms\":[" + string.Join(",", Enumerable.Range(0, 9_000).Select(i => $"\"term {i} é\"")) + "]}";

        await world.World.Audit.AppendAsync(new AuditEvent("admin:policy", "admin.policy-changed", StorageWorld.Owner, world.World.Clock.GetUtcNow(), null, null, lexicon), default);

        Assert.True(lexicon.Length > 64_000);
        Assert.Equal(lexicon, Assert.Single(await world.World.Audit.ListAsync("admin:policy", default)).After);
        Assert.True((await world.Verifier.VerifyRangeAsync(world.Today, world.Today, default)).IsIntact);
    }
}
