using Microsoft.Extensions.Time.Testing;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Teams;

/// <summary>The review clock in Teams with a controllable clock: a reminder after the SLA, an escalation after two, expiry at the publication time.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Teams")]
[Trait("Category", "Workflow")]
public sealed class ReviewClockFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private TeamsBot bot = null!;
    private TeamsFlow flow = null!;

    public async Task InitializeAsync()
    {
        bot = await TeamsBot.StartAsync(azurite, services => services.AddSingleton<TimeProvider>(clock));
        flow = new TeamsFlow(bot);
        await bot.InstallAsync(Emma, Lena, Liam, Olivia);
        var groups = bot.Services.GetRequiredService<IApproverGroupStore>();
        var legal = (await groups.GetAllAsync(default))["legal"];
        await groups.SaveAsync(legal with { EscalationContact = Person.FromEmail(Olivia.Email, Olivia.Name) }, default);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private Task<int> TickAsync(TimeSpan by)
    {
        clock.Advance(by);
        return bot.Services.GetRequiredService<ReviewClock>().RunOnceAsync(default);
    }

    [Fact]
    public async Task Reminder_after_the_sla_escalation_after_two_and_expiry_at_the_publication_time()
    {
        var draftId = await flow.SubmitAsync(Emma, "Our Lyon open day is on Saturday.", publishAt: clock.GetUtcNow().AddDays(3));
        var lena = await flow.ApprovalCardAsync(Lena, draftId);
        var status = await flow.StatusCardAsync(Emma, draftId);

        await TickAsync(TimeSpan.FromHours(23));
        await TickAsync(TimeSpan.FromHours(2));
        var reminder = await bot.WaitForAsync("Lena's reminder", c => c.IsPost && c.ConversationId == Lena.PersonalChat && c.CardText.Contains($"Reminder: draft {draftId}"));
        Assert.Contains("25 hours", reminder.CardText);
        await bot.WaitForAsync("Liam's reminder", c => c.IsPost && c.ConversationId == Liam.PersonalChat && c.CardText.Contains($"Reminder: draft {draftId}"));
        Assert.DoesNotContain(bot.Connector.To(Olivia), c => c.CardText.Contains($"Escalation: draft {draftId}"));

        await TickAsync(TimeSpan.FromHours(24));
        await bot.WaitForAsync("the escalation to Olivia", c => c.IsPost && c.ConversationId == Olivia.PersonalChat && c.CardText.Contains($"Escalation: draft {draftId}"));
        Assert.Single(bot.Connector.To(Lena), c => c.CardText.Contains($"Reminder: draft {draftId}"));

        await TickAsync(TimeSpan.FromHours(24));
        var expired = await bot.WaitForAsync("Lena's card expired", c => c.IsUpdate && c.ActivityId == lena.ActivityId && c.CardText.Contains("This draft expired"));
        Assert.False(CardReading.OffersDecisions(expired.Card!));
        var notice = await bot.WaitForAsync("Emma's expiry notice", c => c.IsPost && c.ConversationId == Emma.PersonalChat && c.CardText.Contains($"Expired: draft {draftId}"));
        Assert.Contains("submit it again with a new time", notice.CardText);
        Assert.Contains("resubmitDraft", CardReading.Verbs(notice.Card!));
        await bot.WaitForAsync("the status card expired", c => c.IsUpdate && c.ActivityId == status.ActivityId && c.CardText.Contains("expired"));
        Assert.Equal(DraftState.Expired, (await bot.Services.GetRequiredService<DraftService>().GetAsync(draftId, default)).Value.Draft.State);
        OfficialRenderer.AssertEveryCardRenders("review-clock", flow.EveryCard());
    }
}
