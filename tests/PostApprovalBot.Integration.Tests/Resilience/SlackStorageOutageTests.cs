using Xunit.Abstractions;
using static PostApprovalBot.Integration.Tests.Slack.SlackCompany;

namespace PostApprovalBot.Integration.Tests.Resilience;

/// <summary>
/// Azurite (with its data on disk) is stopped during a burst of Slack approve clicks: each click is answered either with
/// a failure Slack shows (non-2xx) or with 200, and after storage returns every 200 is found stored. None is answered 200
/// and then lost.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Resilience")]
public sealed class SlackStorageOutageTests(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Drafts = 40;
    private static readonly TimeSpan Spread = TimeSpan.FromSeconds(2);
    private readonly string location = Path.Combine(Path.GetTempPath(), "azurite-slack-outage-" + Guid.NewGuid().ToString("N"));
    private AzuriteServer storage = null!;
    private SlackBot bot = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(location);
        storage = await AzuriteServer.StartAsync(location: location);
        bot = await SlackBot.StartAsync(azurite, ("Storage:ConnectionString", storage.ConnectionString), ("Storage:Timeout", "00:00:03"));
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await storage.DisposeAsync();
        Directory.Delete(location, recursive: true);
    }

    [Fact]
    public async Task Clicks_during_a_storage_outage_are_answered_as_failures_or_stored_never_200_and_lost()
    {
        var inReview = await bot.DraftsInReviewAsync(Emma, Lena, Drafts);
        var clicks = inReview.Select(d => new SlackClickBurst.Click(Lena, d.DraftId, d.Request)).ToList();

        var burst = SlackClickBurst.SendAsync(bot, clicks, Spread);
        await Task.Delay(Spread / 3); // Part of the burst lands before the outage, the rest during it.
        await storage.StopAsync();
        var answers = await burst.WaitAsync(TimeSpan.FromMinutes(3));
        storage = await AzuriteServer.StartAsync(storage.Port, location);

        var statuses = string.Join(", ", answers.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"));
        output.WriteLine($"{answers.Count} clicks answered: {statuses}.");
        Assert.All(answers, a => Assert.True(a.Ok || a.Status >= 400, $"A click was answered {a.Status} ({statuses})."));
        Assert.Contains(answers, a => !a.Ok);
        foreach (var answered in answers.Where(a => a.Ok))
            Assert.True(await bot.ApprovalsStoredAsync(answered.Click.DraftId, Lena) == 1, $"The 200 to Lena's approval of {answered.Click.DraftId} was lost ({statuses}).");
    }
}
