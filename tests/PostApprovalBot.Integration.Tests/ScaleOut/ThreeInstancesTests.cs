using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Integration.Tests.Infrastructure;
using PostApprovalBot.Integration.Tests.Teams.Support;
using Xunit.Abstractions;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.ScaleOut;

/// <summary>
/// Issue 17: three instances, each its own process, on one storage, driven together. What keeps them from acting
/// twice is in storage only (ETags on the draft, leases on outbox rows, the recovery grace), so that is what is shown:
/// a draft clicked on two instances at once is decided once, every approval request goes out once whichever instance
/// sends it, an instance killed mid-burst leaves nothing the others do not deliver within the lease, and the audit
/// chains and the day's ledger verify afterwards. Sizes are small (2 shared cores run three hosts, Azurite and the test).
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "ScaleOut")]
public sealed class ThreeInstancesTests(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Instances = 3;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private HostTrio trio = null!;

    public async Task InitializeAsync()
    {
        trio = await HostTrio.StartAsync(azurite, Instances);
        Log($"{Instances} instances ready");
        await trio.InstallAsync(Emma, Lena, Colin);
    }

    public async Task DisposeAsync() => await trio.DisposeAsync();

    [Fact]
    public async Task A_draft_clicked_on_two_instances_at_once_is_decided_once_and_every_approval_request_goes_out_once()
    {
        const int drafts = 24;
        var firstDay = DateOnly.FromDateTime(DateTime.UtcNow);
        var ids = await SubmitAsync(drafts, instance: i => i % Instances);
        var requests = await trio.RequestsForAllAsync(Lena, ids, TimeSpan.FromSeconds(60));
        Log($"{drafts} drafts submitted round-robin; Legal has every request");

        // Each draft: Lena's approve click sent to two different instances at the same moment.
        var clicks = ids.SelectMany((id, i) => new[] { (id, Instance: i % Instances), (id, Instance: (i + 1) % Instances) })
            .Select(c => Task.Run(async () =>
            {
                using var response = await trio.PostTeamsAsync(c.Instance, TeamsActivities.CardClick(trio.Connector.ServiceUrl, Lena, "approve", requests[c.id].DeepClone().AsObject()));
                return (c.id, Status: (int)response.StatusCode, Text: CardReading.Text(CardReading.AnswerCard(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject())));
            })).ToList();
        var answers = await Task.WhenAll(clicks);
        Log("every double click answered");

        Assert.All(answers, a => Assert.Equal(200, a.Status));
        foreach (var id in ids)
        {
            var stored = await trio.DraftAsync(id);
            Assert.True(stored is { DecisionRows: 1, IsWhole: true }, $"{id} as stored after two simultaneous clicks: {stored}");
        }
        var drained = await trio.DrainAsync(TimeSpan.FromSeconds(90));
        Log($"outbox drained {drained.TotalSeconds:0.0} s after the clicks");
        var wrong = ids.Select(id => (id, Legal: trio.Requests(Lena, id).Count, Compliance: trio.Requests(Colin, id).Count))
            .Where(r => r.Legal != 1 || r.Compliance != 1).Select(r => $"{r.id}: Legal got {r.Legal}, Compliance {r.Compliance} approval requests").ToList();
        Assert.True(wrong.Count == 0, "Not exactly once:\n" + string.Join('\n', wrong));

        var audit = await trio.VerifyAuditAsync(firstDay);
        Log($"audit: {audit.EventsChecked} events, {audit.LedgerEntriesChecked} ledger entries, {audit.Breaks.Count} breaks");
        Assert.True(audit.IsIntact, $"{audit.Breaks.Count} audit breaks:\n{string.Join('\n', audit.Breaks.Take(20))}");
        Assert.True(audit.LedgerEntriesChecked >= drafts * 2, $"Only {audit.LedgerEntriesChecked} ledger entries for {drafts} submitted and decided drafts.");
    }

    [Fact]
    public async Task An_instance_killed_mid_burst_has_its_outbox_rows_delivered_by_the_others_within_the_lease()
    {
        const int drafts = 30;
        const int killAfter = 8;
        var firstDay = DateOnly.FromDateTime(DateTime.UtcNow);
        var ids = await SubmitAsync(drafts, instance: i => 1 + i % (Instances - 1));
        var requests = await trio.RequestsForAllAsync(Lena, ids, TimeSpan.FromSeconds(60));
        Log($"{drafts} drafts submitted on instances 1 and 2; Legal has every request");

        // Every approve click goes to instance 0, which is killed once some were answered.
        var answers = await ClickAllOnFirstInstanceAsync(ids, requests, killAfter, () => trio.Hosts[0].KillAsync());
        var killedAt = Stopwatch.StartNew();
        var leftAtKill = await trio.OutboxRowsAsync();
        var ok = answers.Where(a => a.Value == 200).Select(a => a.Key).ToList();
        Log($"instance 0 killed with {ok.Count} clicks answered 200, {leftAtKill} outbox rows undelivered");
        Assert.True(leftAtKill > 0, "The killed instance had delivered everything: the kill tested nothing.");

        // The others take over: a pointer is followed once it is older than the grace, a leased row once its lease ran out.
        var bound = NotificationDelivery.Grace + NotificationDelivery.Lease;
        await trio.DrainAsync(bound);
        Log($"outbox drained by instances 1 and 2 {killedAt.Elapsed.TotalSeconds:0.0} s after the kill (bound {bound.TotalSeconds:0} s)");

        var problems = new List<string>();
        foreach (var id in ids)
        {
            var stored = await trio.DraftAsync(id);
            var decided = stored!.DecisionRows == 1;
            if (!stored.IsWhole || stored.DecisionRows > 1) problems.Add($"{id}: {stored}");
            if (ok.Contains(id) && !decided) problems.Add($"{id}: answered 200 but not decided");
            var compliance = trio.Requests(Colin, id).Count;
            if (compliance != (decided ? 1 : 0)) problems.Add($"{id} ({(decided ? "decided" : "undecided")}): Compliance got {compliance} approval requests");
            if (trio.Requests(Lena, id).Count != 1) problems.Add($"{id}: Legal got {trio.Requests(Lena, id).Count} approval requests");
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));

        var audit = await trio.VerifyAuditAsync(firstDay);
        Log($"audit: {audit.EventsChecked} events, {audit.LedgerEntriesChecked} ledger entries, {audit.Breaks.Count} breaks");
        Assert.True(audit.IsIntact, $"{audit.Breaks.Count} audit breaks:\n{string.Join('\n', audit.Breaks.Take(20))}");
    }

    [Fact]
    public async Task An_instance_stopped_with_sigterm_mid_burst_answers_nothing_it_did_not_store_and_leaves_nothing_leased()
    {
        const int drafts = 24;
        const int stopAfter = 6;
        var ids = await SubmitAsync(drafts, instance: i => 1 + i % (Instances - 1));
        var requests = await trio.RequestsForAllAsync(Lena, ids, TimeSpan.FromSeconds(60));

        var exitCode = 0;
        var answers = await ClickAllOnFirstInstanceAsync(ids, requests, stopAfter, async () => exitCode = await trio.Hosts[0].TerminateAsync(TimeSpan.FromSeconds(30)));
        var ok = answers.Where(a => a.Value == 200).Select(a => a.Key).ToList();
        var leased = await trio.LeasedOutboxRowsAsync(DateTimeOffset.UtcNow);
        Log($"instance 0 stopped (exit code {exitCode}) with {ok.Count} clicks answered 200; {leased} outbox rows still leased");

        Assert.Equal(0, exitCode);
        Assert.Equal(0, leased);
        await trio.DrainAsync(TimeSpan.FromSeconds(90));
        var problems = new List<string>();
        foreach (var id in ids)
        {
            var stored = await trio.DraftAsync(id);
            var decided = stored!.DecisionRows == 1;
            if (!stored.IsWhole || stored.DecisionRows > 1) problems.Add($"{id}: {stored}");
            if (ok.Contains(id) && !decided) problems.Add($"{id}: answered 200 but not decided");
            if (trio.Requests(Colin, id).Count != (decided ? 1 : 0)) problems.Add($"{id}: Compliance got {trio.Requests(Colin, id).Count} approval requests");
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    // Every draft's approve click, all at once, to instance 0; once <paramref name="interruptAfter"/> were answered 200, the instance is interrupted.
    private async Task<ConcurrentDictionary<string, int>> ClickAllOnFirstInstanceAsync(
        IReadOnlyList<string> ids, IReadOnlyDictionary<string, JsonObject> requests, int interruptAfter, Func<Task> interrupt)
    {
        var answers = new ConcurrentDictionary<string, int>();
        var sending = ids.Select(id => Task.Run(async () =>
        {
            try
            {
                using var response = await trio.PostTeamsAsync(0, TeamsActivities.CardClick(trio.Connector.ServiceUrl, Lena, "approve", requests[id].DeepClone().AsObject()));
                answers[id] = (int)response.StatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                answers[id] = 0;
            }
        })).ToList();
        var patience = Stopwatch.StartNew();
        while (answers.Count(a => a.Value == 200) < interruptAfter && patience.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(5);
        await interrupt();
        await Task.WhenAll(sending).WaitAsync(TimeSpan.FromSeconds(60));
        return answers;
    }

    private async Task<List<string>> SubmitAsync(int count, Func<int, int> instance)
    {
        var ids = new ConcurrentDictionary<int, string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Instances },
            async (i, _) => ids[i] = await trio.SubmitAsync(instance(i), $"Scale-out post {i} reviewed by several instances."));
        return [.. ids.OrderBy(p => p.Key).Select(p => p.Value)];
    }

    private void Log(string what) => output.WriteLine($"{clock.Elapsed.TotalSeconds,6:F1} s  {what}");
}
