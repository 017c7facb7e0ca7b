using Microsoft.Extensions.DependencyInjection;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Integration.Tests.Infrastructure;
using PostApprovalBot.Integration.Tests.Slack;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Reach;

/// <summary>
/// Issue 16: a draft submitted before any approver has used the bot still reaches them: in Teams by installing the app for
/// them through Microsoft Graph, in Slack by finding them with users.lookupByEmail. Only Emma, the submitter, has opened the bot.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Teams")]
public sealed class ReachEveryApproverTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Draft_submitted_before_any_approver_used_the_bot_reaches_every_approver_in_both_channels()
    {
        await using var bot = await ReachBot.StartAsync(azurite, tenant: [Lena, Liam], workspace: [Lena, Liam]);
        await bot.Teams.InstallAsync(Emma);

        var draftId = await bot.Flow.SubmitAsync(Emma, "Our new office opens in Lyon.");

        foreach (var approver in new[] { Lena, Liam })
        {
            var card = await bot.Teams.WaitForAsync($"{approver.Name}'s Teams card", c => bot.TeamsCards(approver, draftId).Contains(c));
            Assert.StartsWith("Emma Employee asked for this review. You receive it because you are an approver of the Legal stage for Contoso on LinkedIn", card.CardText);
            var message = await Eventually.GetAsync(() => bot.SlackCards(approver, draftId).FirstOrDefault(), $"{approver.Name}'s Slack message");
            Assert.Contains("Emma Employee asked for this review", SlackJson.AllText(message.Blocks[0]!.AsObject()));
            Assert.Equal(1, bot.Graph.Installs(approver));
        }
        Assert.Empty(bot.UnreachableNotices(Emma));
    }

    [Fact]
    public async Task Rate_limited_lookups_wait_for_retry_after_and_still_reach_the_approver()
    {
        await using var bot = await ReachBot.StartAsync(azurite, tenant: [Lena, Liam], workspace: [Lena, Liam]);
        await bot.Teams.InstallAsync(Emma);
        bot.Slack.ThrottleNext("users.lookupByEmail", 1);
        bot.Graph.ThrottleNext(1);

        var draftId = await bot.Flow.SubmitAsync(Emma, "A post while Slack and Graph throttle.");

        await Eventually.HoldsAsync(() => bot.SlackCards(Lena, draftId).Count == 1 && bot.SlackCards(Liam, draftId).Count == 1, "both Slack messages");
        await bot.Teams.WaitForAsync("Liam's Teams card", c => bot.TeamsCards(Liam, draftId).Contains(c));
        var lookups = bot.Slack.Arrivals.Where(a => a.Method == "users.lookupByEmail").Select(a => a.At).ToList();
        Assert.True(lookups.Count >= 3, $"{lookups.Count} lookups: the throttled one was not repeated.");
        Assert.True(lookups[1] - lookups[0] >= TimeSpan.FromSeconds(0.9), $"Slack's Retry-After of 1 s was not honoured: {(lookups[1] - lookups[0]).TotalMilliseconds} ms.");
        var graphCalls = bot.Graph.Calls.ToList();
        Assert.Equal(429, graphCalls[0].Status);
        Assert.True(graphCalls[1].At - graphCalls[0].At >= TimeSpan.FromSeconds(0.9), "Graph's Retry-After of 1 s was not honoured.");
    }

    [Fact]
    public async Task Approver_found_nowhere_is_named_to_the_submitter_and_the_others_still_get_the_draft()
    {
        await using var bot = await ReachBot.StartAsync(azurite, tenant: [Lena], workspace: [Lena]);
        await bot.Teams.InstallAsync(Emma);

        var draftId = await bot.Flow.SubmitAsync(Emma, "Who is Liam?");

        var notice = await bot.Teams.WaitForAsync("the unreachable notice", c => bot.UnreachableNotices(Emma).Contains(c));
        Assert.Contains("Liam Legal", notice.CardText);
        Assert.DoesNotContain("Lena Legal", notice.CardText);
        await bot.Teams.WaitForAsync("Lena's Teams card", c => bot.TeamsCards(Lena, draftId).Contains(c));
        await Eventually.HoldsAsync(() => bot.SlackCards(Lena, draftId).Count == 1, "Lena's Slack message");
        Assert.Contains(bot.Slack.Calls, c => c.Method == "users.lookupByEmail" && c.Answer["error"]?.GetValue<string>() == "users_not_found");
    }

    [Fact]
    public async Task Missing_graph_permission_is_told_to_the_submitter_once_and_teams_falls_back_to_people_who_opened_the_app()
    {
        await using var bot = await ReachBot.StartAsync(azurite, tenant: [Lena, Liam], workspace: []);
        bot.Graph.DenyPermission = true;
        await bot.Teams.InstallAsync(Emma, Liam);

        var draftId = await bot.Flow.SubmitAsync(Emma, "Graph says no.");

        var notice = await bot.Teams.WaitForAsync("the permission notice", c => bot.UnreachableNotices(Emma).Contains(c));
        Assert.Contains("permission is missing", notice.CardText);
        Assert.Contains("Lena Legal", notice.CardText);
        await bot.Teams.WaitForAsync("Liam's card (he opened the app himself)", c => bot.TeamsCards(Liam, draftId).Contains(c));
        Assert.Contains(bot.Graph.Calls, c => c.Status == 403);
        Assert.DoesNotContain(bot.Graph.Calls, c => c.Method == "POST" && c.Status == 201);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(bot.UnreachableNotices(Emma));
    }

    [Fact]
    public async Task Repeating_the_dispatch_installs_and_posts_nothing_twice()
    {
        await using var bot = await ReachBot.StartAsync(azurite, tenant: [Lena, Liam], workspace: [Lena, Liam]);
        await bot.Teams.InstallAsync(Emma);
        var draftId = await bot.Flow.SubmitAsync(Emma, "Once is enough.");
        await bot.Teams.WaitForAsync("Liam's Teams card", c => bot.TeamsCards(Liam, draftId).Contains(c));
        await Eventually.HoldsAsync(() => bot.SlackCards(Lena, draftId).Count == 1 && bot.SlackCards(Liam, draftId).Count == 1, "both Slack messages");
        var lookups = bot.Slack.Calls.Count(c => c.Method == "users.lookupByEmail");

        // What the outbox's recovery pass does with a notification it finds again: the draft as stored, its step-started event.
        var services = bot.Teams.Services;
        var overview = (await services.GetRequiredService<DraftService>().GetAsync(draftId, default)).Value;
        var started = new DraftEvent(DraftEventKind.StepStarted, draftId, 1, Person.FromEmail(Emma.Email, Emma.Name), 0);
        var again = new DraftOutcome(new DraftChange(null, overview.Draft, null, [], [started]), overview);
        await services.GetRequiredService<DraftNotifier>().OnCommittedAsync(again, default);
        await services.GetRequiredService<DraftNotifier>().OnCommittedAsync(again, default);

        foreach (var approver in new[] { Lena, Liam })
        {
            Assert.Equal(1, bot.Graph.Installs(approver));
            Assert.Single(bot.TeamsCards(approver, draftId));
            Assert.Single(bot.SlackCards(approver, draftId));
        }
        Assert.Equal(lookups, bot.Slack.Calls.Count(c => c.Method == "users.lookupByEmail"));
        Assert.DoesNotContain(bot.Graph.Calls, c => c.Status == 409);
    }
}
