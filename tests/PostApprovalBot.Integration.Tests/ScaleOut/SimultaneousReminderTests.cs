using System.Net;
using Microsoft.AspNetCore.Builder;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Integration.Tests.Infrastructure;
using PostApprovalBot.Integration.Tests.Resilience;
using PostApprovalBot.Integration.Tests.Slack;
using PostApprovalBot.Integration.Tests.Teams.Support;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.ScaleOut;

/// <summary>
/// Issue 17: a reminder and an escalation due at the same moment on three instances are each sent once (claimed in the
/// <c>claims</c> table). The instances run in this process, each a whole host with its own caches and workers on one
/// Azurite prefix, because an SLA is at least an hour and only an in-process host can share a controllable clock; the
/// review clock of all three runs at the same instant.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "ScaleOut")]
public sealed class SimultaneousReminderTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly string prefix = AzuriteFixture.NewPrefix();
    private readonly string seed = TwoChannelCompany.WriteSeed();
    private readonly List<BotFactory> hosts = [];
    private ConnectorStandIn connector = null!;

    public async Task InitializeAsync()
    {
        connector = await ConnectorStandIn.StartAsync(Everyone);
        for (var i = 0; i < 3; i++)
        {
            var host = new BotFactory(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = azurite.ConnectionString,
                ["Storage:TablePrefix"] = prefix,
                ["Seed:Path"] = seed,
                ["Teams:AppId"] = "",
                ["Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1",
            })
            {
                TestServices = services =>
                {
                    services.AddSingleton<TimeProvider>(clock);
                    services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, LoopbackCaller>();
                },
            };
            host.CreateClient().Dispose();
            hosts.Add(host);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var host in hosts) await host.DisposeAsync();
        await connector.DisposeAsync();
        File.Delete(seed);
    }

    [Fact]
    public async Task A_reminder_and_an_escalation_due_at_the_same_moment_on_three_instances_are_each_sent_once()
    {
        foreach (var person in new[] { Emma, Lena })
        {
            using var added = await PostAsync(0, TeamsActivities.BotAdded(connector.ServiceUrl, person));
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }
        var form = new JsonObject { ["accountId"] = TwoChannelCompany.TeamsAccount, ["text"] = "Our Lyon open day is on Saturday.", ["timeZoneId"] = "UTC" };
        using var submitted = await PostAsync(1, TeamsActivities.CardClick(connector.ServiceUrl, Emma, "submitDraft", form));
        var draftId = CardReading.DraftId(await submitted.Content.ReadAsStringAsync());
        await Eventually.HoldsAsync(() => connector.To(Lena).Any(c => c.IsPost && c.CardText.Contains(draftId)), "Lena's approval request");

        clock.Advance(TimeSpan.FromHours(25));
        var sent = await Task.WhenAll(hosts.Select(h => h.Services.GetRequiredService<ReviewClock>().RunOnceAsync(default)));
        await Eventually.HoldsAsync(() => Reminders(Lena, "Reminder") >= 1, "Lena's reminder");

        Assert.Equal(1, Reminders(Lena, "Reminder"));
        Assert.InRange(sent.Sum(), 0, 1); // an instance's own clock worker, woken by the same jump, may have been the one that sent it

        clock.Advance(TimeSpan.FromHours(24));
        sent = await Task.WhenAll(hosts.Select(h => h.Services.GetRequiredService<ReviewClock>().RunOnceAsync(default)));
        // The seed's Legal group has no escalation contact of its own: the escalation goes to the account's owner or is skipped;
        // either way no person gets any reminder twice.
        Assert.Equal(1, Reminders(Lena, "Reminder"));
        Assert.All(Everyone, person => Assert.True(Reminders(person, "Escalation") <= 1, $"{person.Name} got {Reminders(person, "Escalation")} escalations."));
    }

    /// <summary>The in-memory test server has no caller address; the stand-in connector is on loopback, as in the process tests (emulator mode).</summary>
    private sealed class LoopbackCaller : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                return following();
            });
            next(app);
        };
    }

    private int Reminders(TeamsPersona person, string kind) =>
        connector.To(person).Count(c => c.IsPost && c.CardText.Contains($"{kind}: draft", StringComparison.Ordinal));

    private Task<HttpResponseMessage> PostAsync(int instance, JsonObject activity) =>
        hosts[instance].CreateClient().PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
}
