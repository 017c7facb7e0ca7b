using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Audit.Export;
using PostApprovalBot.Core.Tests.Builders;
using PostApprovalBot.Core.Tests.Fakes;
using static PostApprovalBot.Core.Tests.Audit.AuditTrails;

namespace PostApprovalBot.Core.Tests.Audit;

[Trait("Category", "Audit")]
public sealed class AuditExporterTests
{
    private static readonly DateOnly Day = DateOnly.FromDateTime(Morning.UtcDateTime);

    [Fact]
    public async Task An_export_for_a_person_includes_admin_changes_that_concern_them()
    {
        var archive = new InMemoryAuditArchive { ScanAllowed = true };
        var grant = archive.Append(AuditStreams.Log, Logged("{\"person\":\"emma@contoso.com\",\"account\":\"linkedin-contoso\"}"));
        var other = archive.Append(AuditStreams.Log, Logged("{\"person\":\"noah@contoso.com\",\"account\":\"x-contoso\"}"));
        var exporter = new AuditExporter(archive, new InMemoryDraftStore(), new Clock(Morning));

        var forEmma = await exporter.ExportAsync(new AuditExportRequest(Day, Day, Person: Emma.Id), default);
        var forAccount = await exporter.ExportAsync(new AuditExportRequest(Day, Day, AccountId: "x-contoso"), default);

        Assert.Equal(grant.Hash, Assert.Single(forEmma.OtherEvents).Hash);
        Assert.Equal(other.Hash, Assert.Single(forAccount.OtherEvents).Hash);
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused()
    {
        var exporter = new AuditExporter(new InMemoryAuditArchive(), new InMemoryDraftStore(), new Clock(Morning));

        await Assert.ThrowsAsync<ArgumentException>(() => exporter.ExportAsync(new AuditExportRequest(Day, Day.AddDays(-1)), default));
    }

    [Fact]
    public async Task An_export_for_an_action_keeps_the_drafts_with_such_an_event_in_the_period_whole()
    {
        var world = new AuditTrailWorld();
        await world.DraftAsync("P-DECID1", AuditTrailWorld.LinkedIn, AuditTrailWorld.On(1), (AuditActions.DraftSubmitted, Emma), (AuditActions.DecisionRecorded, Lena));
        await world.DraftAsync("P-WAITS1", AuditTrailWorld.LinkedIn, AuditTrailWorld.On(1), (AuditActions.DraftSubmitted, Emma));
        var exporter = new AuditExporter(world.Archive, world.Drafts, new Clock(Morning));

        var export = await exporter.ExportAsync(new AuditExportRequest(AuditTrailWorld.Day1, AuditTrailWorld.Day1, Action: AuditActions.DecisionRecorded, LedgerOnly: true), default);

        var draft = Assert.Single(export.Drafts);
        Assert.Equal(("P-DECID1", 2), (draft.Id, draft.Events.Count));
    }

    [Fact]
    public async Task A_ledger_only_export_reads_the_days_ledgers_and_never_scans_the_tables()
    {
        var world = new AuditTrailWorld();
        await world.DraftAsync("P-DAY001", AuditTrailWorld.LinkedIn, AuditTrailWorld.On(1), (AuditActions.DraftSubmitted, Emma));
        await world.DraftAsync("P-DAY002", AuditTrailWorld.LinkedIn, AuditTrailWorld.On(2), (AuditActions.DraftSubmitted, Emma));
        var exporter = new AuditExporter(world.Archive, world.Drafts, new Clock(Morning));

        var export = await exporter.ExportAsync(new AuditExportRequest(AuditTrailWorld.Day1, AuditTrailWorld.Day1, LedgerOnly: true), default);

        Assert.Equal("P-DAY001", Assert.Single(export.Drafts).Id);
        Assert.Equal([AuditTrailWorld.Day1], world.Archive.DaysRead);
    }

    private static AuditEvent Logged(string after) => new("admin:grants", "admin.grant-added", Lena, Morning, null, null, after);
}
