using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.UseCases;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Teams;

/// <summary>Admin commands in Teams: the override of a review, and people named by @mention.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Teams")]
[Trait("Category", "Admin")]
public sealed class AdminCommandFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TeamsBot bot = null!;
    private TeamsFlow flow = null!;

    public async Task InitializeAsync()
    {
        bot = await TeamsBot.StartAsync(azurite, ("Admin:Bootstrap", Olivia.Email));
        flow = new TeamsFlow(bot);
        await bot.InstallAsync(Emma, Lena, Liam, Noah, Olivia);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private async Task<DraftState> StateAsync(string id) => (await bot.Services.GetRequiredService<DraftService>().GetAsync(id, default)).Value.Draft.State;

    [Fact]
    public async Task An_override_from_chat_ends_the_review_and_every_card_says_who_overrode_and_why()
    {
        var draftId = await flow.SubmitAsync(Emma, "The CEO's statement on the merger.");
        var lena = await flow.ApprovalCardAsync(Lena, draftId);
        var status = await flow.StatusCardAsync(Emma, draftId);

        await bot.SayAsync(Olivia, $"override {draftId} approve CEO statement, cleared by phone");

        await bot.WaitForAsync("the override confirmed", c => c.ConversationId == Olivia.PersonalChat && c.CardText.Contains("approved by override"));
        var closed = await bot.WaitForAsync("Lena's card overridden", c => c.IsUpdate && c.ActivityId == lena.ActivityId && !CardReading.OffersDecisions(c.Card!));
        Assert.Contains("Approved by override (Olivia Owner, CEO statement, cleared by phone)", closed.CardText);
        var notice = await bot.WaitForAsync("Emma's notice", c => c.IsPost && c.ConversationId == Emma.PersonalChat && c.CardText.Contains($"Approved by override: draft {draftId}"));
        Assert.Contains(ApprovedText.Sha256("The CEO's statement on the merger."), notice.CardText);
        await bot.WaitForAsync("the status card closed", c => c.IsUpdate && c.ActivityId == status.ActivityId && c.CardText.Contains("Approved by override (Olivia Owner"));
        Assert.Equal(DraftState.Approved, await StateAsync(draftId));
        OfficialRenderer.AssertEveryCardRenders("override", flow.EveryCard());
    }

    [Fact]
    public async Task An_override_by_someone_who_is_not_an_administrator_is_refused_and_changes_nothing()
    {
        var draftId = await flow.SubmitAsync(Emma, "Quarterly numbers are out.");

        await bot.SayAsync(Lena, $"override {draftId} reject Off-brand");

        await bot.WaitForAsync("the refusal", c => c.ConversationId == Lena.PersonalChat && c.CardText.Contains("Not allowed"));
        Assert.Equal(DraftState.InReview, await StateAsync(draftId));
    }

    [Fact]
    public async Task A_person_mentioned_in_an_admin_command_is_named_by_their_work_email()
    {
        var mention = new JsonObject { ["type"] = "mention", ["text"] = "<at>Noah Outsider</at>", ["mentioned"] = new JsonObject { ["id"] = Noah.TeamsId, ["name"] = Noah.Name } };

        await bot.SendAsync(TeamsActivities.Message(bot.ServiceUrl, Olivia, $"spokesperson grant <at>Noah Outsider</at> {TeamsCompany.AccountId}")
            .With("entities", new JsonArray(mention)));

        var done = await bot.WaitForAsync("the grant confirmed", c => c.ConversationId == Olivia.PersonalChat && c.CardText.Contains("may now speak for"));
        Assert.Contains(Noah.Email, done.CardText);
        await bot.SayAsync(Noah, "new");
        await bot.WaitForAsync("the form for Noah", c => c.ConversationId == Noah.PersonalChat && c.CardText.Contains("New post for approval"));
    }
}
