using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Storage;
using PostApprovalBot.Storage.Audit;
using PostApprovalBot.Storage.Drafts;
using PostApprovalBot.Storage.Tables;
using Xunit.Abstractions;
using SlackPeople = PostApprovalBot.Integration.Tests.Slack.SlackCompany;
using TeamsPeople = PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Resilience;

/// <summary>
/// Issue 15: the host is killed (SIGKILL) while 200 Slack approve clicks and 200 Teams approve clicks are in flight, each
/// on its own draft. After a restart on the same storage: every click answered 200 is recorded exactly once (one
/// decision row, by that approver), no draft is half-written, the outbox drains and every decided draft's next-stage
/// approval request reaches the Compliance approver exactly once (counted on the Slack Web API and Bot Connector
/// stand-ins), and the audit verifier finds every chain and the day's ledger intact.
/// <para>
/// Size: 200 + 200 distinct drafts, as the issue asks. They are submitted through the host itself (Teams: one
/// <c>submitDraft</c> invoke; Slack: /post, the modal, its submission), a few at a time per channel, which on two
/// shared, loaded cores took 20-40 s (the whole test about 60-70 s), so the 400 the issue asks for fit the budget.
/// The kill comes once at least <see cref="KillAfterPerChannel"/> clicks of each channel were answered 200, so it lands
/// mid-burst (the test checks that some clicks were left unanswered). The recovery pass runs every second
/// (Workflow:OutboxInterval) and takes over what the killed process left after 30 s, so the drain is waited for up to
/// <see cref="DrainPatience"/>.
/// </para>
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Resilience")]
public sealed partial class HostKilledDuringClickStormTests(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
{
    private const int SlackDrafts = 200;
    private const int TeamsDrafts = 200;
    private const int SubmitParallelism = 6;
    private const int KillAfterPerChannel = 15;
    private static readonly TimeSpan DrainPatience = TimeSpan.FromSeconds(150);

    private static readonly SlackTestUser SlackEmma = SlackPeople.Emma, SlackLena = SlackPeople.Lena, SlackColin = SlackPeople.Colin;
    private static readonly TeamsPersona TeamsEmma = TeamsPeople.Emma, TeamsLena = TeamsPeople.Lena, TeamsColin = TeamsPeople.Colin;

    private readonly string prefix = AzuriteFixture.NewPrefix();
    private readonly string seed = TwoChannelCompany.WriteSeed();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private ConnectorStandIn connector = null!;
    private SlackWebApiStandIn slack = null!;
    private HostProcess host = null!;

    public async Task InitializeAsync()
    {
        connector = await ConnectorStandIn.StartAsync(TeamsPeople.Everyone);
        slack = await SlackWebApiStandIn.StartAsync(SlackPeople.Workspace);
        host = await HostProcess.StartAsync(Settings());
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await slack.DisposeAsync();
        await connector.DisposeAsync();
        File.Delete(seed);
    }

    [Fact]
    public async Task Every_click_answered_200_before_a_kill_is_recorded_once_and_its_next_approval_request_goes_out_once_after_restart()
    {
        var firstDay = DateOnly.FromDateTime(DateTime.UtcNow);

        // Everyone the bot must reach has met it: Teams people added the bot, Slack people opened its Home tab.
        foreach (var person in new[] { TeamsEmma, TeamsLena, TeamsColin })
        {
            using var added = await PostTeamsAsync(TeamsActivities.BotAdded(connector.ServiceUrl, person));
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }
        foreach (var user in new[] { SlackEmma, SlackLena, SlackColin }) await OpenSlackHomeAsync(user);

        // Drafts in review, each with the approval request its Legal approver got.
        var teamsIds = new ConcurrentBag<string>();
        await Task.WhenAll(
            Parallel.ForEachAsync(Enumerable.Range(0, TeamsDrafts), new ParallelOptions { MaxDegreeOfParallelism = SubmitParallelism },
                async (i, _) => teamsIds.Add(await SubmitOnTeamsAsync($"Teams post {i} [t{i:D3}] reviewed across a crash."))),
            Parallel.ForEachAsync(Enumerable.Range(0, SlackDrafts), new ParallelOptions { MaxDegreeOfParallelism = SubmitParallelism },
                async (i, _) => await SubmitOnSlackAsync($"Slack post {i} [s{i:D3}] reviewed across a crash.")));
        Log($"{TeamsDrafts} Teams and {SlackDrafts} Slack drafts submitted");
        var (teamsRequests, slackRequests) = await LegalRequestsAsync([.. teamsIds], SlackDrafts);
        Log("every Legal approver has the approval request of each draft");

        // The burst: 400 approve clicks at once, each on its own draft, by its Legal approver.
        var clicks = teamsRequests.Select(r => new Click("teams", r.Key, TeamsLena.Email, () => PostTeamsAsync(TeamsActivities.CardClick(connector.ServiceUrl, TeamsLena, "approve", r.Value.DeepClone().AsObject()))))
            .Concat(slackRequests.Select(r => new Click("slack", r.Key, SlackLena.Email!, () => ClickSlackApproveAsync(SlackLena, r.Value))))
            .OrderBy(_ => Random.Shared.Next())
            .ToList();
        var answers = new ConcurrentDictionary<Click, int>();
        var sending = clicks.Select(click => Task.Run(async () =>
        {
            try
            {
                using var response = await click.Send();
                answers[click] = (int)response.StatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                answers[click] = 0; // the process died before answering: no promise was made for this click
            }
        })).ToList();
        var patience = Stopwatch.StartNew();
        while (sending.Any(s => !s.IsCompleted) && patience.Elapsed < TimeSpan.FromSeconds(120)
               && !(Answered200("teams") >= KillAfterPerChannel && Answered200("slack") >= KillAfterPerChannel))
            await Task.Delay(5);
        await host.KillAsync();
        await Task.WhenAll(sending).WaitAsync(TimeSpan.FromSeconds(60));
        var ok = answers.Where(a => a.Value == 200).Select(a => a.Key).ToList();
        var statuses = string.Join(", ", answers.GroupBy(a => (a.Key.Channel, a.Value)).OrderBy(g => g.Key).Select(g => $"{g.Key.Channel} {g.Key.Value}: {g.Count()}"));
        Log($"killed the host; answers: {statuses}");
        Assert.Contains(ok, c => c.Channel == "teams");
        Assert.Contains(ok, c => c.Channel == "slack");
        Assert.True(ok.Count < clicks.Count, $"Every click was answered before the kill, so the kill tested nothing ({statuses}).");
        Assert.All(answers, a => Assert.True(a.Value is 200 or 503 or 0, $"{a.Key.Channel} click on {a.Key.DraftId} was answered {a.Value} ({statuses})."));

        // Right after the kill, before any restart: each answered click is stored, nothing is half-written. A transaction the
        // dead process had already sent may still be finishing inside Azurite (no answer was given for it, so either way is
        // right): read until two reads a second apart agree, so the comparison after the restart is with what was stored.
        var decided = await CheckDraftsAsync(clicks, ok, "after the kill");
        for (var settled = Stopwatch.StartNew(); settled.Elapsed < TimeSpan.FromSeconds(10);)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var again = await CheckDraftsAsync(clicks, ok, "after the kill");
            if (again.Select(d => d.DraftId).Order().SequenceEqual(decided.Select(d => d.DraftId).Order())) break;
            decided = again;
        }
        Log($"{decided.Count} drafts decided in storage ({decided.Count(d => d.Channel == "teams")} Teams, {decided.Count(d => d.Channel == "slack")} Slack), {ok.Count} clicks answered 200");

        // Restart on the same data; the outbox left by the killed process drains.
        await host.DisposeAsync();
        host = await HostProcess.StartAsync(Settings());
        Log("restarted");
        var storage = new TableStorage(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = prefix });
        var left = await DrainAsync(storage);
        Assert.True(left == 0, $"{left} outbox rows were still undelivered {DrainPatience.TotalSeconds} s after the restart.");
        Log("outbox drained");
        Assert.Equal(decided.Select(d => d.DraftId).Order(), (await CheckDraftsAsync(clicks, ok, "after the restart")).Select(d => d.DraftId).Order());

        // Every decided draft's Compliance request went out exactly once; undecided drafts' not at all; Legal's exactly once each.
        var wrong = new List<string>();
        foreach (var click in clicks)
        {
            var isDecided = decided.Any(d => d.DraftId == click.DraftId);
            var (legal, compliance) = click.Channel == "teams"
                ? (TeamsRequests(TeamsLena, click.DraftId), TeamsRequests(TeamsColin, click.DraftId))
                : (SlackRequests(SlackLena, click.DraftId), SlackRequests(SlackColin, click.DraftId));
            if (legal != 1) wrong.Add($"{click.Channel} {click.DraftId}: Legal got {legal} approval requests, not 1");
            if (compliance != (isDecided ? 1 : 0)) wrong.Add($"{click.Channel} {click.DraftId} ({(isDecided ? "decided" : "undecided")}): Compliance got {compliance} approval requests");
        }
        var teamsSent = decided.Where(d => d.Channel == "teams").Sum(d => TeamsRequests(TeamsColin, d.DraftId));
        var slackSent = decided.Where(d => d.Channel == "slack").Sum(d => SlackRequests(SlackColin, d.DraftId));
        Log($"Compliance requests counted: {teamsSent} on the Bot Connector stand-in, {slackSent} on the Slack stand-in");
        Assert.True(wrong.Count == 0, $"{wrong.Count} approval requests not delivered exactly once:\n{string.Join('\n', wrong.Take(40))}");

        // The audit trail: every draft chain and the day's ledger verify (after the repair pass the CLI would run, if needed).
        var archive = new AuditArchiveReader(storage);
        var verifier = new AuditVerifier(archive);
        var lastDay = DateOnly.FromDateTime(DateTime.UtcNow);
        var verification = await verifier.VerifyRangeAsync(firstDay, lastDay, default);
        var repaired = 0;
        if (!verification.IsIntact)
        {
            Log($"verification before repair: {verification.Breaks.Count} breaks, first: {verification.FirstBreak}");
            repaired = await new LedgerRepair(storage, archive, TimeProvider.System).RunAsync(TimeSpan.Zero, default);
            verification = await verifier.VerifyRangeAsync(firstDay, lastDay, default);
        }
        Log($"audit: {verification.EventsChecked} events and {verification.LedgerEntriesChecked} ledger entries checked, {repaired} recorded by repair, {verification.Breaks.Count} breaks");
        Assert.True(verification.IsIntact, $"{verification.Breaks.Count} audit breaks:\n{string.Join('\n', verification.Breaks.Take(20))}");
        var auditRows = 0;
        foreach (var click in clicks) auditRows += (await DraftConsistency.ReadAsync(azurite.ConnectionString, prefix, click.DraftId))!.AuditRows;
        Assert.True(verification.EventsChecked >= auditRows, $"The verifier checked {verification.EventsChecked} events, fewer than the {auditRows} audit rows of the drafts.");
        Assert.True(verification.LedgerEntriesChecked >= auditRows, $"The day's ledger holds {verification.LedgerEntriesChecked} entries, fewer than the {auditRows} audit rows of the drafts.");

        int Answered200(string channel) => answers.Count(a => a.Value == 200 && a.Key.Channel == channel);
    }

    private sealed record Click(string Channel, string DraftId, string ApproverEmail, Func<Task<HttpResponseMessage>> Send);

    private sealed record Decided(string Channel, string DraftId);

    /// <summary>Reads every draft as stored: whole, at most one decision, and one by its approver for each click answered 200.</summary>
    private async Task<List<Decided>> CheckDraftsAsync(IReadOnlyList<Click> clicks, IReadOnlyList<Click> ok, string when)
    {
        var decided = new List<Decided>();
        var problems = new List<string>();
        foreach (var click in clicks)
        {
            var stored = await DraftConsistency.ReadAsync(azurite.ConnectionString, prefix, click.DraftId);
            if (stored is null)
            {
                problems.Add($"{click.Channel} {click.DraftId}: no draft header");
                continue;
            }
            if (!stored.IsWhole) problems.Add($"{click.Channel} {click.DraftId}: half-written: {stored}");
            if (stored.DecisionRows > 1) problems.Add($"{click.Channel} {click.DraftId}: {stored.DecisionRows} decisions");
            var byApprover = stored.DecisionRows == 1 && stored.Decisions.Contains(click.ApproverEmail, StringComparison.OrdinalIgnoreCase);
            if (ok.Contains(click) && !byApprover) problems.Add($"{click.Channel} {click.DraftId}: answered 200 but {stored.DecisionRows} decisions stored ({stored.Decisions})");
            if (stored.DecisionRows == 1 && !byApprover) problems.Add($"{click.Channel} {click.DraftId}: decided by someone else: {stored.Decisions}");
            if (stored.DecisionRows == 1) decided.Add(new Decided(click.Channel, click.DraftId));
        }
        Assert.True(problems.Count == 0, $"{problems.Count} drafts wrong {when}:\n{string.Join('\n', problems.Take(40))}");
        return decided;
    }

    /// <summary>Waits, bounded, until no outbox row is left in the drafts table; returns how many are left.</summary>
    private static Task<int> DrainAsync(TableStorage storage) => OutboxRows.DrainedAsync(storage, DrainPatience, TimeSpan.FromMilliseconds(500));

    private int TeamsRequests(TeamsPersona approver, string draftId) =>
        connector.Calls.Count(c => c.IsPost && c.ConversationId == approver.PersonalChat && c.Card is { } card && CardReading.OffersDecisions(card) && c.CardText.Contains(draftId, StringComparison.Ordinal));

    // Posts, not messages as they stand now: a decided request is updated in place and loses its buttons.
    private int SlackRequests(SlackTestUser approver, string draftId) =>
        slack.Calls.Where(c => c.Method == "chat.postMessage" && c.Succeeded && c.Argument("channel") == approver.DirectChannel)
            .Select(c => new SlackStandInMessage(approver.DirectChannel, "", c.Arguments))
            .Count(m => m.Text.Contains(draftId, StringComparison.Ordinal) && m.Button("approval_approve") is not null);

    /// <summary>Waits (bounded) until Legal holds one approval request per draft: Teams click data by draft id, Slack messages by draft id.</summary>
    private async Task<(Dictionary<string, JsonObject> Teams, Dictionary<string, SlackStandInMessage> Slack)> LegalRequestsAsync(IReadOnlyList<string> teamsIds, int slackCount)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var teams = new Dictionary<string, JsonObject>();
            foreach (var call in connector.Calls.Where(c => c.IsPost && c.ConversationId == TeamsLena.PersonalChat && c.Card is { } card && CardReading.OffersDecisions(card)))
                if (DraftIdIn(call.CardText) is { } id && teamsIds.Contains(id)) teams.TryAdd(id, CardReading.Click(call.Card!, "approve"));
            var slackRequests = new Dictionary<string, SlackStandInMessage>();
            foreach (var message in slack.MessagesIn(SlackLena.DirectChannel).Where(m => m.Button("approval_approve") is not null))
                if (DraftIdIn(message.Text) is { } id) slackRequests.TryAdd(id, message);
            if (teams.Count == teamsIds.Count && slackRequests.Count == slackCount) return (teams, slackRequests);
            if (deadline.Elapsed > TimeSpan.FromSeconds(90))
                throw new TimeoutException($"After 90 s Legal had {teams.Count}/{teamsIds.Count} Teams and {slackRequests.Count}/{slackCount} Slack approval requests.");
            await Task.Delay(250);
        }
    }

    private async Task OpenSlackHomeAsync(SlackTestUser user)
    {
        var requests = new SlackSignedRequests(host.Http, SlackBot.SigningSecret);
        using var response = await requests.EventAsync($"Ev{Guid.NewGuid():N}"[..20], new JsonObject
        {
            ["type"] = "app_home_opened", ["user"] = user.UserId, ["channel"] = user.DirectChannel, ["tab"] = "home",
            ["event_ts"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + ".000200",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.HoldsAsync(() => slack.Home(user.UserId) is not null, $"{user.RealName}'s Home tab");
    }

    private async Task<string> SubmitOnTeamsAsync(string text)
    {
        var form = new JsonObject { ["accountId"] = TwoChannelCompany.TeamsAccount, ["text"] = text, ["timeZoneId"] = "UTC" };
        using var response = await PostTeamsAsync(TeamsActivities.CardClick(connector.ServiceUrl, TeamsEmma, "submitDraft", form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return CardReading.DraftId(await response.Content.ReadAsStringAsync());
    }

    /// <summary>/post, the modal the bot opens, its submission: the way a Slack spokesperson submits.</summary>
    private async Task SubmitOnSlackAsync(string text)
    {
        var requests = new SlackSignedRequests(host.Http, SlackBot.SigningSecret);
        var trigger = requests.NewTriggerId();
        using (var slash = await requests.SlashCommandAsync(SlackEmma, "", trigger)) Assert.Equal(HttpStatusCode.OK, slash.StatusCode);
        var opened = await Eventually.GetAsync(() => slack.Calls.FirstOrDefault(c => c.Method == "views.open" && c.Argument("trigger_id") == trigger), "views.open with " + trigger);
        var view = opened.Answer["view"]!.AsObject();
        using var submitted = await requests.InteractionAsync(SlackPayloads.ViewSubmission(SlackEmma, view, SlackPayloads.DraftForm(view, TwoChannelCompany.SlackAccount, text)));
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var answer = await submitted.Content.ReadAsStringAsync();
        Assert.True(answer.Contains("\"clear\"", StringComparison.Ordinal), $"The draft modal was answered: {answer}");
    }

    private Task<HttpResponseMessage> ClickSlackApproveAsync(SlackTestUser approver, SlackStandInMessage message)
    {
        var requests = new SlackSignedRequests(host.Http, SlackBot.SigningSecret);
        var button = message.Button("approval_approve")!;
        return requests.InteractionAsync(SlackPayloads.MessageClick(approver, message, button, requests.NewTriggerId()));
    }

    private Task<HttpResponseMessage> PostTeamsAsync(JsonObject activity) =>
        host.Http.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

    private Dictionary<string, string> Settings() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Storage:ConnectionString"] = azurite.ConnectionString,
        ["Storage:TablePrefix"] = prefix,
        ["Seed:Path"] = seed,
        ["Teams:AppId"] = "",
        ["Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        ["Slack:SigningSecret"] = SlackBot.SigningSecret,
        ["Slack:BotToken"] = SlackWebApiStandIn.BotToken,
        ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
        ["Slack:RetryBaseDelay"] = "00:00:00.050",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Workflow:OutboxInterval"] = "00:00:01",
    };

    private void Log(string what) => output.WriteLine($"{clock.Elapsed.TotalSeconds,6:F1} s  {what}");

    private static string? DraftIdIn(string text) => DraftIdPattern().Match(text) is { Success: true } m ? m.Value : null;

    [GeneratedRegex("P-[2-9A-HJKMNP-TV-Z]{6}")]
    private static partial Regex DraftIdPattern();
}
