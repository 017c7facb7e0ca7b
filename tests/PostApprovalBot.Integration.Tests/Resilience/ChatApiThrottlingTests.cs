using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Resilience;

/// <summary>
/// The Bot Connector answers 429 and 500 for a while: the bot retries within its bounds, and in the end every card
/// reaches its person exactly once (nothing lost, nothing doubled).
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Resilience")]
public sealed class ChatApiThrottlingTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TeamsBot bot = null!;
    private FlakyChatApi flaky = null!;

    public async Task InitializeAsync()
    {
        bot = await TeamsBot.StartAsync(azurite);
        await bot.InstallAsync(Emma, Lena, Liam, Colin, Chloe);
        flaky = await FlakyChatApi.StartAsync(new Uri(bot.ServiceUrl), failures: 12);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await flaky.DisposeAsync();
    }

    [Fact]
    public async Task Throttled_and_failing_connector_calls_are_retried_and_each_card_arrives_once()
    {
        // Activities name the proxy as their serviceUrl, so everything the bot sends in reply goes through it.
        var serviceUrl = flaky.BaseUri.ToString();
        var token = new ChannelToken { ServiceUrl = serviceUrl }.SignWith(TeamsBot.TeamsKey);
        var form = new System.Text.Json.Nodes.JsonObject { ["accountId"] = TeamsCompany.AccountId, ["text"] = "A post sent while Teams throttles.", ["timeZoneId"] = "UTC" };
        using var submitted = await bot.PostAsync(TeamsActivities.CardClick(serviceUrl, Emma, "submitDraft", form), "Bearer " + token);
        var draftId = CardReading.DraftId(await submitted.Content.ReadAsStringAsync());

        foreach (var approver in new[] { Lena, Liam })
        {
            var card = await bot.WaitForAsync($"{approver.Name}'s card", c => c.IsPost && c.ConversationId == approver.PersonalChat && c.CardText.Contains(draftId) && CardReading.OffersDecisions(c.Card!));
            Assert.NotNull(card);
        }
        var lenasCard = bot.Connector.Calls.First(c => c.IsPost && c.ConversationId == Lena.PersonalChat && c.CardText.Contains(draftId) && CardReading.OffersDecisions(c.Card!));
        using var approved = await bot.PostAsync(TeamsActivities.CardClick(serviceUrl, Lena, "approve", CardReading.Click(lenasCard.Card!, "approve")), "Bearer " + token);
        await bot.WaitForAsync("Colin's card", c => c.IsPost && c.ConversationId == Colin.PersonalChat && c.CardText.Contains(draftId) && CardReading.OffersDecisions(c.Card!));
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.True(flaky.Refused > 0, "The proxy refused nothing: the test did not exercise throttling.");
        foreach (var approver in new[] { Lena, Liam, Colin })
        {
            var cards = bot.Connector.Calls.Count(c => c.IsPost && c.ConversationId == approver.PersonalChat && c.CardText.Contains(draftId) && CardReading.OffersDecisions(c.Card!));
            Assert.True(cards == 1, $"{approver.Name} got {cards} approval cards for {draftId}.");
        }
        var statusCards = bot.Connector.Calls.Count(c => c.IsPost && c.ConversationId == Emma.PersonalChat && c.CardText.Contains(draftId) && c.CardText.Contains("Approval stages"));
        Assert.True(statusCards == 1, $"Emma got {statusCards} status cards; she was sent:\n" + string.Join("\n", bot.Connector.Calls.Where(c => c.ConversationId == Emma.PersonalChat).Select(c => $"{c.Method} {c.Path}: {c.CardText.Split('\n').FirstOrDefault()}")));
    }
}
