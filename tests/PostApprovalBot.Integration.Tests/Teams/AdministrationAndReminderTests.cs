using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Reminders;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Teams.Channel;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Teams;

/// <summary>The commands beyond drafting (an account's policy, administration) and the review clock's messages, in Teams.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Teams")]
public sealed class AdministrationAndReminderTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TeamsBot bot = null!;

    public async Task InitializeAsync()
    {
        bot = await TeamsBot.StartAsync(azurite, ("Admin:Bootstrap", Olivia.Email));
        await bot.InstallAsync(Emma, Lena, Liam, Noah, Olivia);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Policy_names_the_owner_of_an_account_without_written_guidance()
    {
        await bot.SayAsync(Emma, "policy linkedin-contoso");

        var answer = await bot.WaitForAsync("the policy answer", c => c.ConversationId == Emma.PersonalChat && c.CardText.Contains("Posting policy for"));
        Assert.Contains("Olivia Owner", answer.CardText);
    }

    [Fact]
    public async Task An_administrator_grants_speaking_rights_from_teams_and_the_new_spokesperson_gets_the_form()
    {
        await bot.SayAsync(Olivia, $"spokesperson grant {Noah.Email} {TeamsCompany.AccountId}");
        await bot.SayAsync(Noah, "new");

        await bot.WaitForAsync("the form for Noah", c => c.ConversationId == Noah.PersonalChat && c.CardText.Contains("New post for approval"));
    }

    [Fact]
    public async Task Someone_who_is_not_an_administrator_is_refused()
    {
        await bot.SayAsync(Emma, $"spokesperson grant {Noah.Email} {TeamsCompany.AccountId}");

        await bot.WaitForAsync("the refusal", c => c.ConversationId == Emma.PersonalChat && c.CardText.Contains("Not allowed"));
        await bot.SayAsync(Noah, "new");
        await bot.WaitForAsync("Noah still refused", c => c.ConversationId == Noah.PersonalChat && c.CardText.Contains("You are not a spokesperson"));
    }

    [Fact]
    public async Task Reminder_and_escalation_reach_the_approver_in_their_chat_and_render()
    {
        var flow = new TeamsFlow(bot);
        var draftId = await flow.SubmitAsync(Emma, "A post nobody reviewed in time.");
        var overview = (await bot.Services.GetRequiredService<DraftService>().GetAsync(draftId, default)).Value;
        var lena = await bot.Services.GetRequiredService<IChatDirectory>().FindByPersonAsync(ChatChannel.Teams, PersonId.FromEmail(Lena.Email), default);
        var teams = bot.Services.GetServices<IReminderMessenger>().OfType<TeamsReminderMessenger>().Single();

        await teams.SendReminderAsync(lena!, new DueReminder(ReminderKind.Reminder, draftId, 1, "Legal", lena!.Person, TimeSpan.FromHours(26)), overview, default);
        await teams.SendReminderAsync(lena, new DueReminder(ReminderKind.Escalation, draftId, 1, "Legal", lena.Person, TimeSpan.FromDays(3)), overview, default);

        var reminder = await bot.WaitForAsync("the reminder", c => c.ConversationId == Lena.PersonalChat && c.CardText.Contains($"Reminder: draft {draftId}"));
        Assert.Contains("26 hours", reminder.CardText);
        await bot.WaitForAsync("the escalation", c => c.ConversationId == Lena.PersonalChat && c.CardText.Contains($"Escalation: draft {draftId}"));
        OfficialRenderer.AssertEveryCardRenders("admin-and-reminders", new TeamsFlow(bot).EveryCard());
    }
}
