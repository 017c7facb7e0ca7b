using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.UseCases;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Teams;

/// <summary>Suggested edits, revision diffs and delegation, as people live them in Teams.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Teams")]
[Trait("Category", "Workflow")]
public sealed class WorkflowFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TeamsBot bot = null!;
    private TeamsFlow flow = null!;

    public async Task InitializeAsync()
    {
        bot = await TeamsBot.StartAsync(azurite, ("Admin:Bootstrap", Olivia.Email));
        flow = new TeamsFlow(bot);
        await bot.InstallAsync(Emma, Lena, Liam, Colin, Chloe, Noah, Olivia);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private async Task<Draft> DraftAsync(string id) => (await bot.Services.GetRequiredService<DraftService>().GetAsync(id, default)).Value.Draft;

    [Fact]
    public async Task A_suggested_edit_reaches_the_submitter_as_a_word_diff_and_is_accepted_in_one_click()
    {
        const string suggestion = "Our 120 engineers start in Lyon on Monday.";
        var draftId = await flow.SubmitAsync(Emma, "Our 100 engineers start in Lyon on Monday.");
        var lena = await flow.ApprovalCardAsync(Lena, draftId);
        Assert.Contains("\"id\":\"suggestedText\"", lena.Card!.ToJsonString());

        await flow.DecideAsync(Lena, draftId, "requestChanges", "Say 120, as in the press release.", suggestion);

        var notice = await bot.WaitForAsync("the notice with the suggestion", c => c.IsPost && c.ConversationId == Emma.PersonalChat && c.CardText.Contains("Lena Legal's suggested text"));
        Assert.Equal(["acceptSuggestion", "reviseDraft"], CardReading.Verbs(notice.Card!));
        Assert.Contains("Say 120, as in the press release.", notice.CardText);
        var sent = CardReading.AnswerCard(await bot.ClickAsync(Emma, "acceptSuggestion", CardReading.Click(notice.Card!, "acceptSuggestion")));
        Assert.Contains($"Revision 2 of draft {draftId} sent for approval", CardReading.Text(sent));

        var draft = await DraftAsync(draftId);
        Assert.Equal((2, suggestion, Lena.Email), (draft.CurrentRevision.Number, draft.CurrentRevision.Content.Text, draft.CurrentRevision.Author.Id.Value));
        var again = await bot.WaitForAsync("Lena's card at revision 2 with the diff", c =>
            c.IsUpdate && c.ActivityId == lena.ActivityId && c.CardText.Contains("What changed since revision 1") && CardReading.OffersDecisions(c.Card!));
        var runs = again.Card!.ToJsonString();
        Assert.Contains("\"text\":\"100 \",\"color\":\"attention\",\"strikethrough\":true", runs);
        Assert.Contains("\"text\":\"120 \",\"weight\":\"bolder\",\"color\":\"good\",\"highlight\":true", runs);
        OfficialRenderer.AssertEveryCardRenders("suggested-edit", flow.EveryCard());
    }

    [Fact]
    public async Task Accepting_a_suggestion_is_for_the_submitter_alone()
    {
        var draftId = await flow.SubmitAsync(Emma, "Our 100 engineers start in Lyon.");
        await flow.DecideAsync(Lena, draftId, "requestChanges", "Say 120.", "Our 120 engineers start in Lyon.");
        var notice = await bot.WaitForAsync("the notice with the suggestion", c => c.IsPost && c.ConversationId == Emma.PersonalChat && c.CardText.Contains("suggested text"));

        var refused = CardReading.AnswerCard(await bot.ClickAsync(Liam, "acceptSuggestion", CardReading.Click(notice.Card!, "acceptSuggestion")));

        Assert.Contains("Suggestion not accepted", CardReading.Text(refused));
        var draft = await DraftAsync(draftId);
        Assert.Equal((DraftState.ChangesRequested, 1), (draft.State, draft.CurrentRevision.Number));
    }

    [Fact]
    public async Task A_draft_that_ended_unapproved_comes_back_as_a_new_form_with_its_text_for_its_submitter_only()
    {
        var draftId = await flow.SubmitAsync(Emma, "Join our Lyon open day on Saturday.");
        await flow.DecideAsync(Lena, draftId, "reject", "Saturday is a strike day.");
        var data = new System.Text.Json.Nodes.JsonObject { ["draftId"] = draftId };

        await bot.ClickAsync(Emma, "resubmitDraft", data);
        await bot.ClickAsync(Liam, "resubmitDraft", data.DeepClone().AsObject());

        var form = await bot.WaitForAsync("the new form for Emma", c => c.IsPost && c.ConversationId == Emma.PersonalChat && c.CardText.Contains($"The text of draft {draftId}"));
        Assert.Contains("Join our Lyon open day on Saturday.", form.CardText);
        Assert.Contains("submitDraft", CardReading.Verbs(form.Card!));
        var refused = await bot.WaitForAsync("Liam's refusal", c => c.IsPost && c.ConversationId == Liam.PersonalChat && c.CardText.Contains("No such draft"));
        Assert.DoesNotContain("Join our Lyon open day", refused.CardText);
    }

    [Fact]
    public async Task A_delegate_gets_the_card_decides_and_every_card_says_on_behalf_of_whom()
    {
        await bot.SayAsync(Olivia, $"approvers legal delegate {Lena.Email} to {Noah.Email} until 2099-12-31");
        await bot.WaitForAsync("the delegation confirmed", c => c.ConversationId == Olivia.PersonalChat && c.CardText.Contains("decides on their behalf"));
        var draftId = await flow.SubmitAsync(Emma, "Our stand at the Lyon fair opens on Monday.");
        var liam = await flow.ApprovalCardAsync(Liam, draftId);

        var decided = await flow.DecideAsync(Noah, draftId, "approve");

        Assert.Contains("Approved by Noah Outsider on behalf of Lena Legal", CardReading.Text(decided));
        await bot.WaitForAsync("Liam's card naming the delegate", c => c.IsUpdate && c.ActivityId == liam.ActivityId && c.CardText.Contains("Noah Outsider on behalf of Lena Legal"));
        var decision = Assert.Single((await DraftAsync(draftId)).Decisions);
        Assert.Equal((Noah.Email, Lena.Email), (decision.Approver.Id.Value, decision.OnBehalfOf!.Id.Value));
        OfficialRenderer.AssertEveryCardRenders("delegation", flow.EveryCard());
    }
}
