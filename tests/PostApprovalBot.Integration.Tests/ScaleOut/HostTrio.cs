using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Integration.Tests.Infrastructure;
using PostApprovalBot.Integration.Tests.Resilience;
using PostApprovalBot.Integration.Tests.Teams.Support;
using PostApprovalBot.Storage;
using PostApprovalBot.Storage.Audit;
using PostApprovalBot.Storage.Drafts;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Integration.Tests.ScaleOut;

/// <summary>
/// Several bots, each its own process as App Service runs them, on one Azurite table prefix and one Bot Connector
/// stand-in (the Teams side of <see cref="TwoChannelCompany"/>), so every card any instance sends is counted in one place.
/// </summary>
public sealed class HostTrio : IAsyncDisposable
{
    private readonly AzuriteFixture azurite;
    private readonly string seed = TwoChannelCompany.WriteSeed();

    private HostTrio(AzuriteFixture azurite, ConnectorStandIn connector)
    {
        this.azurite = azurite;
        Connector = connector;
        Storage = new TableStorage(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = Prefix });
    }

    public string Prefix { get; } = AzuriteFixture.NewPrefix();

    public ConnectorStandIn Connector { get; }

    public TableStorage Storage { get; }

    public List<HostProcess> Hosts { get; } = [];

    public static async Task<HostTrio> StartAsync(AzuriteFixture azurite, int instances = 3)
    {
        var trio = new HostTrio(azurite, await ConnectorStandIn.StartAsync(TeamsPersona.Everyone));
        trio.Hosts.AddRange(await Task.WhenAll(Enumerable.Range(0, instances).Select(_ => HostProcess.StartAsync(trio.Settings()))));
        foreach (var host in trio.Hosts) await WaitUntilReadyAsync(host);
        return trio;
    }

    public Task<HttpResponseMessage> PostTeamsAsync(int instance, JsonObject activity) =>
        Hosts[instance].Http.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

    public async Task InstallAsync(params TeamsPersona[] people)
    {
        foreach (var person in people)
        {
            using var added = await PostTeamsAsync(0, TeamsActivities.BotAdded(Connector.ServiceUrl, person));
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }
    }

    public async Task<string> SubmitAsync(int instance, string text)
    {
        var form = new JsonObject { ["accountId"] = TwoChannelCompany.TeamsAccount, ["text"] = text, ["timeZoneId"] = "UTC" };
        using var response = await PostTeamsAsync(instance, TeamsActivities.CardClick(Connector.ServiceUrl, TeamsPersona.Emma, "submitDraft", form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return CardReading.DraftId(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Approval requests (cards with decision buttons) the approver was sent about the draft, by any instance.</summary>
    public List<ConnectorCall> Requests(TeamsPersona approver, string draftId) =>
        Connector.Calls.Where(c => c.IsPost && c.ConversationId == approver.PersonalChat && c.Card is { } card && CardReading.OffersDecisions(card)
            && c.CardText.Contains(draftId, StringComparison.Ordinal)).ToList();

    /// <summary>Waits (bounded) until the approver holds a request for every draft; returns the approve-click data of each.</summary>
    public async Task<Dictionary<string, JsonObject>> RequestsForAllAsync(TeamsPersona approver, IReadOnlyCollection<string> draftIds, TimeSpan patience)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var found = draftIds.Select(id => (id, Requests(approver, id).FirstOrDefault())).Where(r => r.Item2 is not null)
                .ToDictionary(r => r.id, r => CardReading.Click(r.Item2!.Card!, "approve"));
            if (found.Count == draftIds.Count) return found;
            if (clock.Elapsed > patience) throw new TimeoutException($"{approver.Name} had {found.Count}/{draftIds.Count} approval requests after {patience.TotalSeconds} s.");
            await Task.Delay(200);
        }
    }

    public Task<DraftConsistency?> DraftAsync(string draftId) => DraftConsistency.ReadAsync(azurite.ConnectionString, Prefix, draftId);

    /// <summary>Outbox rows not delivered yet, over every draft.</summary>
    public Task<int> OutboxRowsAsync() => OutboxRows.UndeliveredAsync(Storage);

    /// <summary>Outbox rows whose lease runs past <paramref name="now"/>: taken by an instance and not handed back.</summary>
    public Task<int> LeasedOutboxRowsAsync(DateTimeOffset now) => OutboxRows.LeasedPastAsync(Storage, now);

    /// <summary>Waits until the outbox is empty; returns how long that took, or throws after <paramref name="patience"/>.</summary>
    public async Task<TimeSpan> DrainAsync(TimeSpan patience)
    {
        var clock = Stopwatch.StartNew();
        if (await OutboxRows.DrainedAsync(Storage, patience, TimeSpan.FromMilliseconds(250)) is var left && left > 0)
            throw new TimeoutException($"{left} outbox rows still undelivered after {patience.TotalSeconds} s.");
        return clock.Elapsed;
    }

    /// <summary>Every draft chain and every day's ledger from <paramref name="firstDay"/> to today, as the audit CLI verifies them.</summary>
    public Task<AuditVerification> VerifyAuditAsync(DateOnly firstDay) =>
        new AuditVerifier(new AuditArchiveReader(Storage)).VerifyRangeAsync(firstDay, DateOnly.FromDateTime(DateTime.UtcNow), default);

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Hosts) await host.DisposeAsync();
        await Connector.DisposeAsync();
        File.Delete(seed);
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Storage:ConnectionString"] = azurite.ConnectionString,
        ["Storage:TablePrefix"] = Prefix,
        ["Seed:Path"] = seed,
        ["Teams:AppId"] = "",
        ["Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Workflow:OutboxInterval"] = "00:00:01",
    };

    private static async Task WaitUntilReadyAsync(HostProcess host)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var ready = await host.Http.GetAsync("/readyz");
            if (ready.StatusCode == HttpStatusCode.OK) return;
            if (clock.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException("An instance was not ready within 30 s: " + await ready.Content.ReadAsStringAsync());
            await Task.Delay(200);
        }
    }
}
