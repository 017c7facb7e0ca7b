using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Teams;

/// <summary>Card data is not trusted: whatever draft or stage a click names, the clicking person must be allowed to act on it.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Teams")]
[Trait("Category", "Security")]
public sealed class DecisionRefusalTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string PostText = "A post only its approvers may judge.";
    private TeamsBot bot = null!;
    private TeamsFlow flow = null!;
    private string draftId = "";

    public async Task InitializeAsync()
    {
        bot = await TeamsBot.StartAsync(azurite);
        flow = new TeamsFlow(bot);
        await bot.InstallAsync(Emma, Lena, Liam, Colin, Chloe, Noah);
        draftId = await flow.SubmitAsync(Emma, PostText);
        await flow.ApprovalCardAsync(Lena, draftId);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Outsider_naming_a_draft_in_forged_card_data_is_refused_without_seeing_the_post()
    {
        var answer = CardReading.AnswerCard(await bot.ClickAsync(Noah, "approve", Data("Legal")));

        var text = CardReading.Text(answer);
        Assert.Contains("not an approver of the Legal stage", text);
        Assert.DoesNotContain(PostText, text);
        await AssertNoDecisionAndRefusalAuditedAsync(Noah);
    }

    [Fact]
    public async Task Approver_of_a_later_stage_naming_the_legal_stage_is_refused_on_his_own_card()
    {
        var answer = CardReading.AnswerCard(await bot.ClickAsync(Colin, "approve", Data("Legal")));

        Assert.Contains("not an approver of the Legal stage", CardReading.Text(answer));
        Assert.False(CardReading.OffersDecisions(answer));
        await AssertNoDecisionAndRefusalAuditedAsync(Colin);
    }

    [Fact]
    public async Task Legal_approver_naming_a_stage_that_has_not_started_is_refused()
    {
        var answer = CardReading.AnswerCard(await bot.ClickAsync(Lena, "approve", Data("Communications")));

        Assert.Contains("not an approver of the Communications stage", CardReading.Text(answer));
        await AssertNoDecisionAndRefusalAuditedAsync(Lena);
    }

    [Fact]
    public async Task Submitter_cannot_approve_her_own_draft_with_a_forged_click()
    {
        var answer = CardReading.AnswerCard(await bot.ClickAsync(Emma, "approve", Data("Legal")));

        Assert.Contains("You submitted this draft", CardReading.Text(answer));
        await AssertNoDecisionAndRefusalAuditedAsync(Emma);
    }

    [Fact]
    public async Task Click_on_an_older_revision_is_refused_as_stale()
    {
        var answer = CardReading.AnswerCard(await bot.ClickAsync(Lena, "approve", Data("Legal", revision: "7")));

        Assert.Contains("revision 7", CardReading.Text(answer));
        Assert.True(CardReading.OffersDecisions(answer), "Lena may still decide on the current revision");
        await AssertNoDecisionAndRefusalAuditedAsync(Lena);
    }

    [Fact]
    public async Task Refresh_gives_each_person_their_own_view_and_outsiders_nothing()
    {
        var lena = CardReading.AnswerCard(await bot.ClickAsync(Lena, "refresh", Data("Legal"), automatic: true));
        var colin = CardReading.AnswerCard(await bot.ClickAsync(Colin, "refresh", Data("Legal"), automatic: true));
        var noah = CardReading.AnswerCard(await bot.ClickAsync(Noah, "refresh", Data("Legal"), automatic: true));

        Assert.True(CardReading.OffersDecisions(lena));
        Assert.Contains(Lena.TeamsId, lena["refresh"]!["userIds"]!.AsArray().Select(u => (string?)u));
        Assert.Contains(Liam.TeamsId, lena["refresh"]!["userIds"]!.AsArray().Select(u => (string?)u));
        Assert.False(CardReading.OffersDecisions(colin));
        Assert.Contains("Not your turn yet", CardReading.Text(colin));
        Assert.DoesNotContain(PostText, CardReading.Text(noah));
    }

    private JsonObject Data(string stage, string revision = "1") => new() { ["draftId"] = draftId, ["revision"] = revision, ["stage"] = stage };

    private async Task AssertNoDecisionAndRefusalAuditedAsync(TeamsPersona actor)
    {
        var draft = (await bot.Services.GetRequiredService<DraftService>().GetAsync(draftId, default)).Value.Draft;
        Assert.Empty(draft.Decisions);
        var audit = await bot.Services.GetRequiredService<IAuditLog>().ListAsync(draftId, default);
        Assert.Contains(audit, e => e.Action == AuditActions.ActionRefused && e.Actor.Id.Value == actor.Email);
    }
}
