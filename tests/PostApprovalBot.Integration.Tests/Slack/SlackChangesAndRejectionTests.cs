using PostApprovalBot.Core.Drafts;
using static PostApprovalBot.Integration.Tests.Slack.SlackCompany;

namespace PostApprovalBot.Integration.Tests.Slack;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Slack")]
public sealed class SlackChangesAndRejectionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_rejection_with_its_comment_ends_the_draft_and_tells_the_submitter_why()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        foreach (var approver in new[] { Lena, Colin }) await bot.OpenHomeAsync(approver);
        var draftId = await bot.SubmitDraftAsync(Emma, "Our product is the best in the world, no doubt.");
        var request = await bot.ApprovalRequestAsync(Lena, draftId);

        var (click, trigger) = await bot.ClickAsync(Lena, request, "approval_reject");
        var modal = await bot.OpenedViewAsync(trigger);
        var answer = await bot.SubmitViewAsync(Lena, modal, SlackPayloads.CommentForm(modal, "Superlatives need evidence we do not have."));

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        Assert.Equal("clear", answer?["response_action"]?.GetValue<string>());
        var outcome = await Eventually.GetAsync(() => bot.Slack.MessagesIn(Emma.DirectChannel).FirstOrDefault(m => m.Text.Contains("Rejected: your", StringComparison.Ordinal)), "Emma's rejection message");
        Assert.Contains("Superlatives need evidence we do not have.", outcome.Text, StringComparison.Ordinal);
        Assert.Contains("Lena Legal", outcome.Text, StringComparison.Ordinal);
        Assert.False(request.HasButtons);
        Assert.Contains("rejected by Lena Legal", request.Text, StringComparison.Ordinal);
        Assert.Empty(bot.Slack.MessagesIn(Colin.DirectChannel));
        Assert.Equal(DraftState.Rejected, (await bot.Drafts.GetAsync(draftId, default)).Value.Draft.State);
    }

    [Fact]
    public async Task Requested_changes_come_back_as_a_revision_that_is_reviewed_again_on_the_same_message_and_approved()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        foreach (var approver in new[] { Lena, Colin, Chloe }) await bot.OpenHomeAsync(approver);
        var draftId = await bot.SubmitDraftAsync(Emma, "We opened a new office!");
        await bot.ClickAsync(Lena, await bot.ApprovalRequestAsync(Lena, draftId), "approval_approve");
        var colins = await bot.ApprovalRequestAsync(Colin, draftId);
        var (_, commentTrigger) = await bot.ClickAsync(Colin, colins, "approval_request_changes");
        var commentModal = await bot.OpenedViewAsync(commentTrigger);
        await bot.SubmitViewAsync(Colin, commentModal, SlackPayloads.CommentForm(commentModal, "Say which city."));
        var changes = await Eventually.GetAsync(() => bot.Slack.MessagesIn(Emma.DirectChannel).FirstOrDefault(m => m.Text.Contains("Changes requested: your", StringComparison.Ordinal)), "Emma's changes-requested message");
        Assert.Contains("Say which city.", changes.Text, StringComparison.Ordinal);

        var (_, reviseTrigger) = await bot.ClickAsync(Emma, changes, "draft_revise");
        var revision = await bot.OpenedViewAsync(reviseTrigger);
        Assert.Contains("We opened a new office!", revision.ToJsonString(), StringComparison.Ordinal);
        var answer = await bot.SubmitViewAsync(Emma, revision, SlackPayloads.DraftForm(revision, LinkedIn, "We opened a new office in Porto!"));
        Assert.Equal("clear", answer?["response_action"]?.GetValue<string>());

        var again = await bot.ApprovalRequestAsync(Colin, draftId, revision: 2);
        Assert.Same(colins, again);
        Assert.Contains("We opened a new office in Porto!", again.Text, StringComparison.Ordinal);
        await bot.ClickAsync(Colin, again, "approval_approve");
        await bot.ClickAsync(Chloe, await bot.ApprovalRequestAsync(Chloe, draftId, revision: 2), "approval_approve");

        var approved = await Eventually.GetAsync(() => bot.Slack.MessagesIn(Emma.DirectChannel).FirstOrDefault(m => m.Text.Contains("Approved: your", StringComparison.Ordinal)), "Emma's approval message");
        Assert.Contains(ApprovedText.Sha256("We opened a new office in Porto!"), approved.Text, StringComparison.Ordinal);
        var draft = (await bot.Drafts.GetAsync(draftId, default)).Value.Draft;
        Assert.Equal((DraftState.Approved, 2), (draft.State, draft.CurrentRevision.Number));
    }

    [Fact]
    public async Task Only_a_draft_waiting_for_changes_can_be_revised()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        await bot.OpenHomeAsync(Lena);
        var draftId = await bot.SubmitDraftAsync(Emma, "Come and meet us at the fair.");

        var (response, body, trigger) = await bot.SlashAsync(Emma, "revise " + draftId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ephemeral", body?["response_type"]?.GetValue<string>());
        Assert.Contains("only after an approver asks for changes", SlackJson.AllText(body), StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Slack.Calls, c => c.Method == "views.open" && c.Argument("trigger_id") == trigger);
    }

    [Fact]
    public async Task An_approver_the_bot_cannot_reach_is_named_to_the_submitter()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        bot.Slack.Depart(Colin); // never used the bot, and not found by e-mail either
        await bot.OpenHomeAsync(Lena);
        var draftId = await bot.SubmitDraftAsync(Emma, "Behind the scenes at our lab.");

        await bot.ClickAsync(Lena, await bot.ApprovalRequestAsync(Lena, draftId), "approval_approve");

        var notice = await Eventually.GetAsync(() => bot.Slack.MessagesIn(Emma.DirectChannel).FirstOrDefault(m => m.Text.Contains("cannot be reached", StringComparison.Ordinal)), "the unreachable-approver notice");
        Assert.Contains("Colin Compliance (colin.compliance@contoso.com)", notice.Text, StringComparison.Ordinal);
        Assert.Contains(draftId, notice.Text, StringComparison.Ordinal);
    }
}
