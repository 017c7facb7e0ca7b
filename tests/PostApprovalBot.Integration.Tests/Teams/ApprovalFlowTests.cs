using PostApprovalBot.Core.Drafts;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Teams;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Teams")]
public sealed class ApprovalFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string PostText = "We are opening a research centre in Lyon this spring. https://contoso.com/lyon";
    private TeamsBot bot = null!;

    public async Task InitializeAsync() => bot = await TeamsBot.StartAsync(azurite);

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Draft_passes_legal_compliance_and_communications_and_the_submitter_gets_the_approved_text_with_its_sha256()
    {
        await bot.InstallAsync(Emma, Lena, Liam, Colin, Chloe);
        var draftId = await SubmitAsync();

        var status = await bot.WaitForAsync("Emma's status card", c => c.IsPost && c.ConversationId == Emma.PersonalChat && c.CardText.Contains("Waiting for approval"));
        var liam = await ApprovalCardFor(Liam, draftId);
        await ApproveAsync(Lena, draftId);
        await bot.WaitForAsync("Liam's card showing Lena's approval, without buttons", c =>
            c.IsUpdate && c.ActivityId == liam.ActivityId && c.CardText.Contains("Approved by Lena Legal") && !CardReading.OffersDecisions(c.Card!));
        await ApproveAsync(Colin, draftId);
        await ApproveAsync(Chloe, draftId);

        var final = await bot.WaitForAsync("the approval notice to Emma", c => c.IsPost && c.ConversationId == Emma.PersonalChat && c.CardText.Contains($"Approved: draft {draftId}"));
        Assert.Contains(ApprovedText.Sha256(PostText), final.CardText);
        Assert.Contains(PostText, final.CardText);
        await bot.WaitForAsync("Emma's status card updated to approved", c => c.IsUpdate && c.ActivityId == status.ActivityId && c.CardText.Contains("Approved for publishing"));
        Assert.All(bot.Connector.Calls, c => Assert.StartsWith("Bearer app-token-", c.Authorization));
        OfficialRenderer.AssertEveryCardRenders("approved", bot.Connector.Calls.Select(c => c.Card).OfType<JsonObject>().Concat(bot.InvokeAnswers));
    }

    private async Task<string> SubmitAsync()
    {
        await bot.SayAsync(Emma, "new");
        var form = await bot.WaitForAsync("the draft form", c => c.ConversationId == Emma.PersonalChat && c.CardText.Contains("New post for approval"));
        var answer = await bot.ClickAsync(Emma, "submitDraft", CardReading.Click(form.Card!, "submitDraft",
            ("accountId", TeamsCompany.AccountId), ("text", PostText), ("timeZoneId", "UTC")));
        var card = CardReading.AnswerCard(answer);
        Assert.Contains("sent for approval", CardReading.Text(card));
        return CardReading.DraftId(CardReading.Text(card));
    }

    private Task<ConnectorCall> ApprovalCardFor(TeamsPersona approver, string draftId) =>
        bot.WaitForAsync($"{approver.Name}'s approval card for {draftId}", c =>
            c.IsPost && c.ConversationId == approver.PersonalChat && c.CardText.Contains(draftId) && CardReading.OffersDecisions(c.Card!));

    private async Task ApproveAsync(TeamsPersona approver, string draftId)
    {
        var card = await ApprovalCardFor(approver, draftId);
        var answer = CardReading.AnswerCard(await bot.ClickAsync(approver, "approve", CardReading.Click(card.Card!, "approve")));
        Assert.Contains($"Approved by {approver.Name}", CardReading.Text(answer));
        Assert.False(CardReading.OffersDecisions(answer));
    }
}
