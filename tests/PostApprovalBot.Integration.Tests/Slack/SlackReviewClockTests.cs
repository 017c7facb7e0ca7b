using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;
using static PostApprovalBot.Integration.Tests.Slack.SlackCompany;

namespace PostApprovalBot.Integration.Tests.Slack;

/// <summary>The review clock in Slack with a controllable clock: a reminder after the SLA, an escalation after two, expiry at the publication time.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Slack")]
[Trait("Category", "Workflow")]
public sealed class SlackReviewClockTests(AzuriteFixture azurite)
{
    private static int Count(SlackBot bot, SlackTestUser user, string text) =>
        bot.Slack.MessagesIn(user.DirectChannel).Count(m => m.Text.Contains(text, StringComparison.Ordinal));

    [Fact]
    public async Task Reminder_after_the_sla_escalation_after_two_and_expiry_at_the_publication_time()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await SlackBot.StartAsync(azurite, services => services.AddSingleton<TimeProvider>(clock));
        var groups = bot.Host.Services.GetRequiredService<IApproverGroupStore>();
        var legal = (await groups.GetAllAsync(default))["legal"];
        await groups.SaveAsync(legal with { EscalationContact = Person.FromEmail(Chloe.Email!, Chloe.RealName) }, default);
        foreach (var person in new[] { Lena, Chloe }) await bot.OpenHomeAsync(person);
        var draftId = await bot.SubmitDraftAsync(Emma, "Our Lyon open day is on Saturday.", publishAt: clock.GetUtcNow().AddDays(3));
        var request = await bot.ApprovalRequestAsync(Lena, draftId);
        var reviewClock = bot.Host.Services.GetRequiredService<ReviewClock>();
        async Task TickAsync(TimeSpan by)
        {
            clock.Advance(by);
            await reviewClock.RunOnceAsync(default);
        }

        await TickAsync(TimeSpan.FromHours(23));
        Assert.Equal(0, Count(bot, Lena, "has waited"));
        await TickAsync(TimeSpan.FromHours(2));
        await Eventually.HoldsAsync(() => Count(bot, Lena, "has waited 25 hours for your decision") == 1, "Lena's reminder");
        Assert.Equal(0, Count(bot, Chloe, "escalation contact"));

        await TickAsync(TimeSpan.FromHours(24));
        await Eventually.HoldsAsync(() => Count(bot, Chloe, "You are the group's escalation contact") == 1, "the escalation to Chloe");
        Assert.Equal(1, Count(bot, Lena, "has waited"));

        await TickAsync(TimeSpan.FromHours(24));
        await Eventually.HoldsAsync(() => !request.HasButtons && request.Text.Contains("This draft expired", StringComparison.Ordinal), "Lena's message closed by the expiry");
        var outcome = await Eventually.GetAsync(() => bot.Slack.MessagesIn(Emma.DirectChannel).FirstOrDefault(m => m.Text.Contains("Expired: your", StringComparison.Ordinal)), "Emma's expiry message");
        Assert.Contains("submit it again with a new time", outcome.Text, StringComparison.Ordinal);
        Assert.Equal(DraftState.Expired, (await bot.Drafts.GetAsync(draftId, default)).Value.Draft.State);

        // Submit again: signed at the clock's time, as Slack's would be three days later.
        var trigger = bot.Requests.NewTriggerId();
        var click = SlackPayloads.MessageClick(Emma, outcome, outcome.Button("draft_resubmit")!, trigger);
        await bot.Requests.SendAsync("/slack/interactions", SlackSignedRequests.Form(new Dictionary<string, string> { ["payload"] = click.ToJsonString() }),
            "application/x-www-form-urlencoded", timestamp: clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        var form = await bot.OpenedViewAsync(trigger);
        Assert.Equal("New post draft", form["title"]?["text"]?.GetValue<string>());
        Assert.Contains("Our Lyon open day is on Saturday.", form.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("initial_date", form.ToJsonString(), StringComparison.Ordinal);
    }
}
