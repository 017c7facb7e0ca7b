using System.Diagnostics;
using System.Text;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Audit.Export;
using PostApprovalBot.Core.Drafts;
using static PostApprovalBot.Integration.Tests.Infrastructure.StorageWorld;

namespace PostApprovalBot.Integration.Tests.Audit;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Audit")]
public sealed class AuditExportTests(AzuriteFixture azurite)
{
    private const int DraftsPerDay = 120;

    [Fact]
    public async Task Export_of_a_period_with_hundreds_of_drafts_matches_the_audit_log_exactly()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        var watch = Stopwatch.StartNew();
        var firstDay = world.Today;
        var dayOne = await DriveAsync(world, DraftsPerDay, "d1");
        world.World.Clock.Advance(TimeSpan.FromDays(1));
        var dayTwo = await DriveAsync(world, DraftsPerDay, "d2");
        await world.World.Service.DecideAsync(Outsider, dayOne[0], "Legal", 1, Verdict.Approve, null, default);

        var json = Encoding.UTF8.GetString((await world.Exporter.ExportFileAsync(new AuditExportRequest(firstDay, firstDay.AddDays(1)), ExportFormat.Json, default)).Content);
        var export = AuditJsonWriter.Read(json);

        Assert.Equal(dayOne.Concat(dayTwo).Order(StringComparer.Ordinal), export.Drafts.Select(d => d.Id));
        foreach (var draft in export.Drafts)
        {
            var trail = await world.World.Drafts.GetAuditTrailAsync(draft.Id, default);
            var chain = await world.Archive.ReadChainAsync(AuditStreams.Drafts, draft.Id, default);
            Assert.Equal(trail.Count, draft.Events.Count);
            Assert.Equal(
                trail.Zip(chain.Rows).Select(p => (p.Second.Sequence, p.First.Action, p.First.Actor.Id.Value, p.First.Actor.DisplayName, p.First.At, p.First.Revision, p.First.Before, p.First.After, p.First.Details, p.Second.PreviousHash, p.Second.Hash)),
                draft.Events.Select(e => (e.Sequence, e.Action, e.ActorId, e.ActorName, e.At, e.Revision, e.Before, e.After, e.Details, e.PreviousHash, e.Hash)));
            var stored = (await world.World.Drafts.GetAsync(draft.Id, default))!.Draft;
            Assert.Equal(stored.Revisions.Select(r => r.Content.Text), draft.Revisions.Select(r => r.Text));
            Assert.Equal(stored.Decisions.Select(d => (d.Approver.Id.Value, d.Verdict.ToString(), d.Comment, d.At)), draft.Decisions.Select(d => (d.ApproverId, d.Verdict, d.Comment, d.At)));
        }
        var refusal = Assert.Single(export.OtherEvents);
        Assert.Equal((AuditActions.ActionRefused, Outsider.Id.Value, dayOne[0]), (refusal.Action, refusal.ActorId, refusal.Subject));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"Took {watch.Elapsed}.");
    }

    [Fact]
    public async Task An_export_for_one_day_or_one_person_leaves_the_others_out()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        var firstDay = world.Today;
        var early = await world.ApprovedDraftAsync("Early news.");
        world.World.Clock.Advance(TimeSpan.FromDays(1));
        var late = (await world.World.Service.SubmitAsync(Spokesperson, AccountId, DraftContent.TextOnly("Late news."), default)).Value.Overview.Draft.Id;

        var dayOne = await world.Exporter.ExportAsync(new AuditExportRequest(firstDay, firstDay), default);
        var byCompliance = await world.Exporter.ExportAsync(new AuditExportRequest(firstDay, firstDay.AddDays(1), Person: Compliance.Id), default);
        var otherAccount = await world.Exporter.ExportAsync(new AuditExportRequest(firstDay, firstDay.AddDays(1), AccountId: "x-contoso"), default);

        Assert.Equal([early], dayOne.Drafts.Select(d => d.Id));
        Assert.Equal([early], byCompliance.Drafts.Select(d => d.Id));
        Assert.Empty(otherAccount.Drafts);
        Assert.NotEqual(early, late);
    }

    [Fact]
    public async Task The_CSV_export_keeps_commas_quotes_newlines_and_non_ASCII_exactly()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        const string text = "Grüße aus Zürich, \"neu\" 東京 🚀\r\nZweite Zeile\nDritte, Zeile";
        var id = await world.ApprovedDraftAsync(text);

        var file = await world.Exporter.ExportFileAsync(new AuditExportRequest(world.Today, world.Today), ExportFormat.Csv, default);
        var csv = Encoding.UTF8.GetString(file.Content);

        Assert.Equal(("text/csv; charset=utf-8", $"audit-{world.Today:yyyy-MM-dd}-to-{world.Today:yyyy-MM-dd}.csv"), (file.ContentType, file.FileName));
        Assert.Contains(",\"Grüße aus Zürich, \"\"neu\"\" 東京 🚀\r\nZweite Zeile\nDritte, Zeile\",", csv);
        Assert.Contains(",\"Fine, \"\"as is\"\"\",", csv);
        Assert.Contains($"\r\nrevision,{id},{AccountId},", csv);
        Assert.Equal(8, CountOf(csv, "\r\nevent,"));
        Assert.Equal(3, CountOf(csv, "\r\ndecision,"));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    // Each draft is submitted; one in three is approved by legal, one in five rejected with a comment that needs quoting.
    private static async Task<List<string>> DriveAsync(AuditWorld world, int count, string tag)
    {
        var ids = new List<string>();
        var gate = new SemaphoreSlim(8);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var text = $"Post {tag}-{i}: \"news\", café, 東京\nline two";
                var id = (await world.World.Service.SubmitAsync(Spokesperson, AccountId, DraftContent.TextOnly(text), default)).Value.Overview.Draft.Id;
                if (i % 3 == 0) await world.World.Service.DecideAsync(LegalA, id, "Legal", 1, Verdict.Approve, null, default);
                else if (i % 5 == 0) await world.World.Service.DecideAsync(LegalB, id, "Legal", 1, Verdict.Reject, $"No, \"{tag}\",\nsorry", default);
                lock (ids) ids.Add(id);
            }
            finally
            {
                gate.Release();
            }
        }));
        return ids;
    }
}
