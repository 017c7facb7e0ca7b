using PostApprovalBot.Core.Drafts;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Teams;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Teams")]
public sealed class RejectionAndRevisionFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TeamsBot bot = null!;
    private TeamsFlow flow = null!;

    public async Task InitializeAsync()
    {
        bot = await TeamsBot.StartAsync(azurite);
        flow = new TeamsFlow(bot);
        await bot.InstallAsync(Emma, Lena, Liam, Colin, Chloe);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Rejection_needs_a_reason_then_ends_the_draft_and_tells_the_submitter_why()
    {
        var draftId = await flow.SubmitAsync(Emma, "Our results are in: best quarter ever.");
        var status = await flow.StatusCardAsync(Emma, draftId);
        var liam = await flow.ApprovalCardAsync(Liam, draftId);

        var withoutReason = await flow.DecideAsync(Lena, draftId, "reject");
        Assert.Contains("a comment is required", CardReading.Text(withoutReason));
        Assert.True(CardReading.OffersDecisions(withoutReason), "the approver can still decide after the refusal");

        var rejected = await flow.DecideAsync(Lena, draftId, "reject", "Quiet period until the earnings call.");
        Assert.Contains("Rejected by Lena Legal", CardReading.Text(rejected));
        var notice = await bot.WaitForAsync("the rejection notice", c => c.IsPost && c.ConversationId == Emma.PersonalChat && c.CardText.Contains($"Rejected: draft {draftId}"));
        Assert.Contains("Quiet period until the earnings call.", notice.CardText);
        await bot.WaitForAsync("Liam's card closed", c => c.IsUpdate && c.ActivityId == liam.ActivityId && c.CardText.Contains("Rejected by Lena Legal") && !CardReading.OffersDecisions(c.Card!));
        await bot.WaitForAsync("the status card rejected", c => c.IsUpdate && c.ActivityId == status.ActivityId && c.CardText.Contains("Rejected"));
        Assert.DoesNotContain(bot.Connector.To(Colin), c => c.CardText.Contains(draftId));
        OfficialRenderer.AssertEveryCardRenders("rejected", flow.EveryCard());
    }

    [Fact]
    public async Task Requested_changes_lead_to_a_prefilled_revision_that_is_reviewed_again_and_approved()
    {
        const string revised = "We are opening a research centre in Lyon with our partner Fabrikam.";
        var draftId = await flow.SubmitAsync(Emma, "We are opening a research centre in Lyon with a partner.");
        var status = await flow.StatusCardAsync(Emma, draftId);

        var asked = await flow.DecideAsync(Lena, draftId, "requestChanges", "Name the partner.");
        Assert.Contains("Changes requested by Lena Legal", CardReading.Text(asked));
        var notice = await bot.WaitForAsync("the changes notice", c => c.IsPost && c.ConversationId == Emma.PersonalChat && c.CardText.Contains($"Changes requested: draft {draftId}"));
        Assert.Contains("Name the partner.", notice.CardText);
        var offered = await bot.WaitForAsync("the status card offering a revision", c => c.IsUpdate && c.ActivityId == status.ActivityId && CardReading.Verbs(c.Card!).Contains("reviseDraft"));

        var opened = await bot.ClickAsync(Emma, "reviseDraft", CardReading.Click(offered.Card!, "reviseDraft"));
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)opened["type"]);
        var form = await bot.WaitForAsync("the revision form", c => c.IsPost && c.ConversationId == Emma.PersonalChat && c.CardText.Contains($"Revise draft {draftId}"));
        Assert.Contains("with a partner", form.CardText);
        var sent = CardReading.AnswerCard(await bot.ClickAsync(Emma, "submitDraft", CardReading.Click(form.Card!, "submitDraft",
            ("accountId", TeamsCompany.AccountId), ("text", revised), ("timeZoneId", "UTC"))));
        Assert.Contains($"Revision 2 of draft {draftId} sent for approval", CardReading.Text(sent));

        var lena = await flow.ApprovalCardAsync(Lena, draftId);
        var again = await bot.WaitForAsync("Lena's card back to revision 2 with buttons", c =>
            c.IsUpdate && c.ActivityId == lena.ActivityId && c.CardText.Contains("revision 2") && CardReading.OffersDecisions(c.Card!));
        Assert.Contains("What changed since revision 1", again.CardText);
        Assert.Contains("our partner Fabrikam.", again.CardText);
        await flow.DecideAsync(Lena, draftId, "approve");
        await flow.DecideAsync(Colin, draftId, "approve");
        await flow.DecideAsync(Chloe, draftId, "approve");

        var final = await bot.WaitForAsync("the approval notice", c => c.IsPost && c.ConversationId == Emma.PersonalChat && c.CardText.Contains($"Approved: draft {draftId}"));
        Assert.Contains(ApprovedText.Sha256(revised), final.CardText);
        OfficialRenderer.AssertEveryCardRenders("revised", flow.EveryCard());
    }
}
