using System.Text;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Resilience;

/// <summary>
/// The bot's process is killed while approvers click: every click it answered is stored, no draft is half-written,
/// the notifications of stored decisions go out after the restart (the outbox), and the restarted process carries on. The host runs as in local development (emulator mode:
/// no Teams credentials, loopback only), since what is tested here is storage, not authentication.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Resilience")]
public sealed class ServiceKilledTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int Drafts = 12;
    private readonly string prefix = AzuriteFixture.NewPrefix();
    private readonly string seed = TeamsCompany.WriteSeed();
    private ConnectorStandIn connector = null!;
    private HostProcess host = null!;

    public async Task InitializeAsync()
    {
        connector = await ConnectorStandIn.StartAsync(Everyone);
        host = await HostProcess.StartAsync(Settings());
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
        File.Delete(seed);
    }

    [Fact]
    public async Task Every_answered_click_is_stored_after_a_kill_its_notifications_go_out_after_restart_and_the_bot_carries_on()
    {
        foreach (var person in new[] { Emma, Lena, Colin }) Assert.Equal(HttpStatusCode.OK, (await PostAsync(TeamsActivities.BotAdded(connector.ServiceUrl, person))).StatusCode);
        var drafts = new List<string>();
        for (var i = 0; i < Drafts; i++) drafts.Add(await SubmitAsync($"Post {i} reviewed across a crash."));
        var clicks = new List<(string DraftId, JsonObject Data)>();
        foreach (var draftId in drafts) clicks.Add((draftId, await ApproveDataAsync(Lena, draftId)));

        var answered = new System.Collections.Concurrent.ConcurrentBag<string>();
        var sending = clicks.Select(async click =>
        {
            try
            {
                using var response = await PostAsync(TeamsActivities.CardClick(connector.ServiceUrl, Lena, "approve", click.Data.DeepClone().AsObject()));
                if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal))
                    answered.Add(click.DraftId);
            }
            catch (HttpRequestException)
            {
                // The process died before answering: no promise was made for this click.
            }
        }).ToList();
        while (answered.Count < 3 && sending.Any(s => !s.IsCompleted)) await Task.Delay(5);
        await host.KillAsync();
        await Task.WhenAll(sending);

        Assert.NotEmpty(answered);
        var decided = new List<string>();
        foreach (var draftId in drafts)
        {
            var stored = await DraftConsistency.ReadAsync(azurite.ConnectionString, prefix, draftId);
            Assert.NotNull(stored);
            Assert.True(stored.IsWhole, $"Draft {draftId} is half-written after the kill: {stored}");
            if (answered.Contains(draftId)) Assert.Equal(1, stored.DecisionRows);
            if (stored.DecisionRows == 1) decided.Add(draftId);
        }

        await host.DisposeAsync();
        host = await HostProcess.StartAsync(Settings());
        foreach (var draftId in decided) await ApproveDataAsync(Colin, draftId, TimeSpan.FromSeconds(60));
        foreach (var (draftId, data) in clicks)
        {
            using var again = await PostAsync(TeamsActivities.CardClick(connector.ServiceUrl, Lena, "approve", data.DeepClone().AsObject()));
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            var stored = await DraftConsistency.ReadAsync(azurite.ConnectionString, prefix, draftId);
            Assert.Equal(1, stored!.DecisionRows);
            Assert.True(stored.IsWhole);
        }
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Storage:ConnectionString"] = azurite.ConnectionString,
        ["Storage:TablePrefix"] = prefix,
        ["Seed:Path"] = seed,
        ["Teams:AppId"] = "",
        ["Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Workflow:OutboxInterval"] = "00:00:01",
    };

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
        host.Http.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

    private async Task<string> SubmitAsync(string text)
    {
        var form = new JsonObject { ["accountId"] = TeamsCompany.AccountId, ["text"] = text, ["timeZoneId"] = "UTC" };
        using var response = await PostAsync(TeamsActivities.CardClick(connector.ServiceUrl, Emma, "submitDraft", form));
        return CardReading.DraftId(await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonObject> ApproveDataAsync(TeamsPersona approver, string draftId, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            if (connector.Calls.FirstOrDefault(c => c.IsPost && c.ConversationId == approver.PersonalChat && c.CardText.Contains(draftId) && CardReading.OffersDecisions(c.Card!)) is { } card)
                return CardReading.Click(card.Card!, "approve");
            await Task.Delay(50);
        }
        throw new TimeoutException($"{approver.Name} got no approval card for {draftId}.");
    }
}
