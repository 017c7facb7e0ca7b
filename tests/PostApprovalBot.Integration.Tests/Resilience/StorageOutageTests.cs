using System.Diagnostics;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Resilience;

/// <summary>
/// Azurite (with its data on disk) is stopped in the middle of a review and started again: requests fail fast with a
/// clear error, /readyz says why, and after storage returns the draft is as it was before the outage and can go on.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Resilience")]
public sealed class StorageOutageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TimeSpan FailFast = TimeSpan.FromSeconds(10);
    private readonly string location = Path.Combine(Path.GetTempPath(), "azurite-outage-" + Guid.NewGuid().ToString("N"));
    private readonly string prefix = AzuriteFixture.NewPrefix();
    private AzuriteServer storage = null!;
    private TeamsBot bot = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(location);
        storage = await AzuriteServer.StartAsync(location: location);
        bot = await TeamsBot.StartAsync(azurite, ("Storage:ConnectionString", storage.ConnectionString), ("Storage:TablePrefix", prefix), ("Storage:Timeout", "00:00:03"),
            ("Slack:SigningSecret", SlackBot.SigningSecret), ("Slack:BotToken", "xoxb-unused"), ("Slack:ApiBaseUrl", "http://127.0.0.1:9/api/"));
        await bot.InstallAsync(Emma, Lena, Colin, Chloe);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await storage.DisposeAsync();
        Directory.Delete(location, recursive: true);
    }

    [Fact]
    public async Task While_storage_is_down_clicks_fail_fast_health_says_why_and_afterwards_the_draft_is_whole_and_goes_on()
    {
        var flow = new TeamsFlow(bot);
        var draftId = await flow.SubmitAsync(Emma, "A post reviewed across a storage outage.");
        await flow.DecideAsync(Lena, draftId, "approve");
        var colinsCard = await flow.ApprovalCardAsync(Colin, draftId);
        var before = await DraftConsistency.ReadAsync(storage.ConnectionString, prefix, draftId);

        await storage.StopAsync();

        var clock = Stopwatch.StartNew();
        using var click = await bot.PostAsync(TeamsActivities.CardClick(bot.ServiceUrl, Colin, "approve", CardReading.Click(colinsCard.Card!, "approve")), "Bearer " + bot.ValidToken());
        var answer = JsonNode.Parse(await click.Content.ReadAsStringAsync())!;
        Assert.True(clock.Elapsed < FailFast, $"The click took {clock.Elapsed.TotalSeconds:0.0} s to fail.");
        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        Assert.Equal("application/vnd.microsoft.error", (string?)answer["type"]);

        clock.Restart();
        using var message = await bot.PostAsync(TeamsActivities.Message(bot.ServiceUrl, Emma, "my drafts"), "Bearer " + bot.ValidToken());
        Assert.True(clock.Elapsed < FailFast, $"The message took {clock.Elapsed.TotalSeconds:0.0} s to fail.");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, message.StatusCode);
        Assert.Contains("Table storage is unreachable", await message.Content.ReadAsStringAsync());

        using var slackCommand = await new SlackSignedRequests(bot.Http, SlackBot.SigningSecret).SendAsync("/slack/interactions",
            SlackSignedRequests.Form(new Dictionary<string, string> { ["payload"] = "{\"type\":\"view_submission\",\"user\":{\"id\":\"U0EMMA\"},\"view\":{\"id\":\"V1\",\"callback_id\":\"new_draft\",\"private_metadata\":\"\",\"state\":{\"values\":{}}}}" }),
            "application/x-www-form-urlencoded");
        Assert.True((int)slackCommand.StatusCode is < 500 or 503, $"A Slack form during the outage was answered {(int)slackCommand.StatusCode}.");

        using var health = await bot.Http.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("unreachable", await health.Content.ReadAsStringAsync());

        storage = await AzuriteServer.StartAsync(storage.Port, location);
        await WaitUntilHealthyAsync();

        var after = await DraftConsistency.ReadAsync(storage.ConnectionString, prefix, draftId);
        Assert.Equal(before, after);
        Assert.True(after!.IsWhole, $"The draft is half-written: {after}");
        var decided = CardReading.Text(CardReading.AnswerCard(await bot.ClickAsync(Colin, "approve", CardReading.Click(colinsCard.Card!, "approve"))));
        Assert.DoesNotContain("not", decided.Split('\n').FirstOrDefault() ?? "", StringComparison.OrdinalIgnoreCase);
        var decidedAfter = await DraftConsistency.ReadAsync(storage.ConnectionString, prefix, draftId);
        Assert.Equal(2, decidedAfter!.DecisionRows);
        Assert.True(decidedAfter.IsWhole);
    }

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var health = await bot.Http.GetAsync("/readyz");
            if (health.StatusCode == HttpStatusCode.OK) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("/readyz did not turn healthy within 30 s of storage returning: " + await health.Content.ReadAsStringAsync());
            await Task.Delay(200);
        }
    }
}
