using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Reminders;
using static PostApprovalBot.Integration.Tests.Slack.SlackCompany;

namespace PostApprovalBot.Integration.Tests.Slack;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Slack")]
public sealed class SlackReminderTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_reminder_from_the_review_clock_reaches_the_approver_in_their_dm()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        await bot.OpenHomeAsync(Lena);
        var draftId = await bot.SubmitDraftAsync(Emma, "Our new office opens in May.");
        var services = bot.Host.Services;
        var slack = services.GetServices<IReminderMessenger>().Single(m => m.Channel == ChatChannel.Slack);
        var lena = (await services.GetRequiredService<IChatDirectory>().FindByChannelUserAsync(ChatChannel.Slack, Lena.UserId, default))!;
        var reminder = new DueReminder(ReminderKind.Reminder, draftId, 1, "Legal", Person.FromEmail(Lena.Email!, Lena.RealName), TimeSpan.FromHours(26));

        await slack.SendReminderAsync(lena, reminder, (await bot.Drafts.GetAsync(draftId, default)).Value, default);

        var message = Assert.Single(bot.Slack.MessagesIn(Lena.DirectChannel), m => m.Text.Contains("has waited 26 hours", StringComparison.Ordinal));
        Assert.Contains(draftId, message.Text, StringComparison.Ordinal);
    }
}
