using System.Globalization;
using Microsoft.Extensions.Hosting;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Host.Storage;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Integration.Tests.Slack;

/// <summary>
/// The real host on Azurite with the Slack channel on, its Web API pointed at <see cref="SlackWebApiStandIn"/>,
/// seeded from <see cref="SlackCompany.SeedPath"/>; and the moves people make in Slack, sent as signed requests.
/// </summary>
public sealed class SlackBot : IAsyncDisposable
{
    public const string SigningSecret = "slack-test-signing-secret";
    private int _events;

    private SlackBot(SlackWebApiStandIn slack, BotFactory host)
    {
        Slack = slack;
        Host = host;
        Http = host.CreateClient();
        Requests = new SlackSignedRequests(Http, SigningSecret);
    }

    public SlackWebApiStandIn Slack { get; }
    public BotFactory Host { get; }
    public HttpClient Http { get; }
    public SlackSignedRequests Requests { get; }
    public DraftService Drafts => Host.Services.GetRequiredService<DraftService>();

    public static Task<SlackBot> StartAsync(AzuriteFixture azurite, params (string Key, string? Value)[] extra) => StartAsync(azurite, null, extra);

    /// <summary>Starts the bot with services of the test's own replacing the host's (e.g. a controllable clock).</summary>
    public static async Task<SlackBot> StartAsync(AzuriteFixture azurite, Action<IServiceCollection>? testServices, params (string Key, string? Value)[] extra)
    {
        var slack = await SlackWebApiStandIn.StartAsync(SlackCompany.Workspace);
        var settings = BotFactory.OnAzurite(azurite,
        [
            ("Seed:Path", SlackCompany.SeedPath),
            ("Slack:SigningSecret", SigningSecret),
            ("Slack:BotToken", SlackWebApiStandIn.BotToken),
            ("Slack:ApiBaseUrl", slack.ApiBaseUrl.ToString()),
            ("Slack:RetryBaseDelay", "00:00:00.050"),
            .. extra,
        ]).Settings;
        var host = new BotFactory(settings) { TestServices = testServices };
        var bot = new SlackBot(slack, host);
        await host.Services.GetServices<IHostedService>().OfType<TableBootstrapper>().Single().Ready.WaitAsync(TimeSpan.FromSeconds(30));
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        await Slack.DisposeAsync();
    }

    /// <summary>The user opens the bot's Home tab; returns the Home view the bot then publishes.</summary>
    public async Task<JsonObject> OpenHomeAsync(SlackTestUser user)
    {
        var before = Slack.Calls.Count(c => c.Method == "views.publish" && c.Argument("user_id") == user.UserId);
        var response = await Requests.EventAsync(NewEventId(), new JsonObject
        {
            ["type"] = "app_home_opened", ["user"] = user.UserId, ["channel"] = user.DirectChannel, ["tab"] = "home",
            ["event_ts"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + ".000200",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.HoldsAsync(() => Slack.Calls.Count(c => c.Method == "views.publish" && c.Argument("user_id") == user.UserId) > before, $"{user.RealName}'s Home tab");
        return Slack.Home(user.UserId)!;
    }

    /// <summary>The user writes to the bot in their DM with it.</summary>
    public Task<HttpResponseMessage> DirectMessageAsync(SlackTestUser user, string text, string? eventId = null, int? retry = null) =>
        Requests.EventAsync(eventId ?? NewEventId(), new JsonObject
        {
            ["type"] = "message", ["user"] = user.UserId, ["channel"] = user.DirectChannel, ["channel_type"] = "im", ["text"] = text,
            ["ts"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + ".000300", ["event_ts"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + ".000300",
        }, retry);

    public async Task<(HttpResponseMessage Response, JsonObject? Body, string TriggerId)> SlashAsync(SlackTestUser user, string text)
    {
        var trigger = Requests.NewTriggerId();
        var response = await Requests.SlashCommandAsync(user, text, trigger);
        return (response, await BodyAsync(response), trigger);
    }

    /// <summary>The modal the bot opened with this trigger id, as Slack holds it (with its view id).</summary>
    public async Task<JsonObject> OpenedViewAsync(string triggerId)
    {
        var call = await Eventually.GetAsync(() => Slack.Calls.FirstOrDefault(c => c.Method == "views.open" && c.Argument("trigger_id") == triggerId), "views.open with " + triggerId);
        Assert.True(call.Succeeded, call.Answer.ToJsonString());
        return call.Answer["view"]!.AsObject();
    }

    public async Task<(HttpResponseMessage Response, string TriggerId)> ClickAsync(SlackTestUser user, SlackStandInMessage message, string actionId)
    {
        var button = message.Button(actionId) ?? throw new InvalidOperationException($"The message has no {actionId} button: {message.Text}");
        var trigger = Requests.NewTriggerId();
        return (await Requests.InteractionAsync(SlackPayloads.MessageClick(user, message, button, trigger)), trigger);
    }

    public async Task<JsonObject?> SubmitViewAsync(SlackTestUser user, JsonObject view, JsonObject values)
    {
        var response = await Requests.InteractionAsync(SlackPayloads.ViewSubmission(user, view, values));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await BodyAsync(response);
    }

    /// <summary>The whole new-draft path: /post, the modal, its submission (to publish at <paramref name="publishAt"/>, UTC, when given); returns the new draft's id.</summary>
    public async Task<string> SubmitDraftAsync(SlackTestUser user, string text, string account = SlackCompany.LinkedIn, DateTimeOffset? publishAt = null)
    {
        var person = Person.FromEmail(user.Email!);
        var before = (await Drafts.MyDraftsAsync(person, 100, default)).Select(d => d.Draft.Id).ToHashSet();
        var (response, body, trigger) = await SlashAsync(user, "");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(body);
        var form = publishAt is { } at
            ? SlackPayloads.DraftForm(await OpenedViewAsync(trigger), account, text,
                at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), at.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture), "UTC")
            : SlackPayloads.DraftForm(await OpenedViewAsync(trigger), account, text);
        var answer = await SubmitViewAsync(user, await OpenedViewAsync(trigger), form);
        Assert.Equal("clear", answer?["response_action"]?.GetValue<string>());
        return (await Drafts.MyDraftsAsync(person, 100, default)).Select(d => d.Draft.Id).Single(id => !before.Contains(id));
    }

    /// <summary>The approval message about <paramref name="draftId"/> in the approver's DM, once it offers buttons.</summary>
    public Task<SlackStandInMessage> ApprovalRequestAsync(SlackTestUser approver, string draftId, int revision = 1) =>
        Eventually.GetAsync(() => Slack.MessagesIn(approver.DirectChannel).FirstOrDefault(m =>
            m.Text.Contains(draftId, StringComparison.Ordinal) && m.Text.Contains($"revision {revision}", StringComparison.Ordinal) && m.Button("approval_approve") is not null),
            $"{approver.RealName}'s approval request for {draftId} (revision {revision})");

    /// <summary>
    /// <paramref name="count"/> drafts by <paramref name="submitter"/> submitted through the core (no modal), a few at a time,
    /// each with the approval message <paramref name="approver"/> got for it (the approver's Home tab is opened first, so the
    /// bot knows where to reach them).
    /// </summary>
    public async Task<IReadOnlyList<(string DraftId, SlackStandInMessage Request)>> DraftsInReviewAsync(SlackTestUser submitter, SlackTestUser approver, int count)
    {
        await OpenHomeAsync(approver);
        var ids = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var result = await Drafts.SubmitAsync(Person.FromEmail(submitter.Email!), SlackCompany.LinkedIn, Core.Drafts.DraftContent.TextOnly($"Post {i} of a busy morning."), ct);
            Assert.True(result.Succeeded, result.Refusal?.Message);
            ids.Add(result.Value.Overview.Draft.Id);
        });
        var inReview = new List<(string, SlackStandInMessage)>();
        foreach (var id in ids) inReview.Add((id, await ApprovalRequestAsync(approver, id)));
        return inReview;
    }

    /// <summary>How many approvals of <paramref name="draftId"/> by <paramref name="approver"/> are stored, read now.</summary>
    public async Task<int> ApprovalsStoredAsync(string draftId, SlackTestUser approver) =>
        (await Drafts.GetAsync(draftId, default)).Value.Draft.Decisions.Count(d => d.Approver.Id == Person.FromEmail(approver.Email!).Id && d.Verdict == Core.Drafts.Verdict.Approve);

    /// <summary>The refusals audited for <paramref name="actor"/> on <paramref name="draftId"/>, busy ones ("nothing was recorded") left out.</summary>
    public async Task<int> RefusalsAuditedAsync(string draftId, SlackTestUser actor) =>
        (await Host.Services.GetRequiredService<Core.Ports.IAuditLog>().ListAsync(draftId, default)).Count(e =>
            e.Action == Core.Audit.AuditActions.ActionRefused && e.Actor.Id == Person.FromEmail(actor.Email!).Id
            && !(e.Details ?? "").StartsWith(nameof(Core.Outcomes.RefusalCode.Busy), StringComparison.Ordinal));

    /// <summary>Every row in every table of this host, to prove a refused request left nothing behind.</summary>
    public async Task<IReadOnlyList<string>> StorageRowsAsync()
    {
        var storage = Host.Services.GetRequiredService<TableStorage>();
        var rows = new List<string>();
        foreach (var table in TableNames.All)
            await foreach (var row in storage.Table(table).QueryAsync<Azure.Data.Tables.TableEntity>())
                rows.Add($"{table}/{row.PartitionKey}/{row.RowKey}/{row.ETag}");
        return rows;
    }

    public string NewEventId() => $"Ev{Interlocked.Increment(ref _events):D4}{Guid.NewGuid():N}"[..20];

    private static async Task<JsonObject?> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject;
    }
}
