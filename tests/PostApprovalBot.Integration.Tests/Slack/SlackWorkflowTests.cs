using PostApprovalBot.Core.Drafts;
using static PostApprovalBot.Integration.Tests.Slack.SlackCompany;

namespace PostApprovalBot.Integration.Tests.Slack;

/// <summary>Suggested edits, revision diffs and delegation, as people live them in Slack.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Slack")]
[Trait("Category", "Workflow")]
public sealed class SlackWorkflowTests(AzuriteFixture azurite)
{
    private static Task<SlackStandInMessage> MessageAsync(SlackBot bot, SlackTestUser user, string contains, string what) =>
        Eventually.GetAsync(() => bot.Slack.MessagesIn(user.DirectChannel).LastOrDefault(m => m.Text.Contains(contains, StringComparison.Ordinal)), what);

    [Fact]
    public async Task A_suggested_edit_is_shown_as_a_word_diff_and_accepted_in_one_click_and_approvers_see_what_changed()
    {
        const string suggestion = "Our 120 engineers start in Lyon on Monday.";
        await using var bot = await SlackBot.StartAsync(azurite);
        await bot.OpenHomeAsync(Lena);
        var draftId = await bot.SubmitDraftAsync(Emma, "Our 100 engineers start in Lyon on Monday.");
        var request = await bot.ApprovalRequestAsync(Lena, draftId);

        var (_, trigger) = await bot.ClickAsync(Lena, request, "approval_request_changes");
        var modal = await bot.OpenedViewAsync(trigger);
        Assert.Contains("Our 100 engineers start in Lyon on Monday.", modal.ToJsonString(), StringComparison.Ordinal);
        var closed = await bot.SubmitViewAsync(Lena, modal, SlackPayloads.CommentForm(modal, "Say 120, as in the press release.", suggestion));
        Assert.Equal("clear", closed?["response_action"]?.GetValue<string>());

        var outcome = await MessageAsync(bot, Emma, "suggests a new text", "Emma's message with the suggestion");
        Assert.Contains("Our ~100~ *120* engineers", outcome.Text, StringComparison.Ordinal);
        Assert.Contains(suggestion, outcome.Text, StringComparison.Ordinal);
        var (click, _) = await bot.ClickAsync(Emma, outcome, "draft_accept_suggestion");
        Assert.Equal(HttpStatusCode.OK, click.StatusCode);

        var again = await bot.ApprovalRequestAsync(Lena, draftId, revision: 2);
        Assert.Contains("What changed since revision 1", again.Text, StringComparison.Ordinal);
        Assert.Contains("~100~ *120*", again.Text, StringComparison.Ordinal);
        var draft = (await bot.Drafts.GetAsync(draftId, default)).Value.Draft;
        Assert.Equal((2, suggestion, Lena.Email), (draft.CurrentRevision.Number, draft.CurrentRevision.Content.Text, draft.CurrentRevision.Author.Id.Value));
    }

    [Fact]
    public async Task Request_changes_without_touching_the_suggested_text_suggests_nothing()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        await bot.OpenHomeAsync(Lena);
        var draftId = await bot.SubmitDraftAsync(Emma, "Meet us at the fair.");
        var (_, trigger) = await bot.ClickAsync(Lena, await bot.ApprovalRequestAsync(Lena, draftId), "approval_request_changes");
        var modal = await bot.OpenedViewAsync(trigger);

        await bot.SubmitViewAsync(Lena, modal, SlackPayloads.CommentForm(modal, "Which fair?"));

        var outcome = await MessageAsync(bot, Emma, "Changes requested: your", "Emma's changes-requested message");
        Assert.Null(outcome.Button("draft_accept_suggestion"));
        Assert.NotNull(outcome.Button("draft_revise"));
        Assert.Null(Assert.Single((await bot.Drafts.GetAsync(draftId, default)).Value.Draft.Decisions).SuggestedText);
    }

    [Fact]
    public async Task A_delegate_named_by_mention_gets_the_request_decides_and_the_message_says_on_behalf_of_whom()
    {
        await using var bot = await SlackBot.StartAsync(azurite, ("Admin:Bootstrap", Chloe.Email));
        await bot.OpenHomeAsync(Chloe);
        await bot.DirectMessageAsync(Chloe, $"approvers legal delegate {Lena.Email} to <@{Sam.UserId}> until 2099-12-31");
        var confirmed = await MessageAsync(bot, Chloe, "decides on their behalf", "the delegation confirmed");
        Assert.Contains(Sam.Email!, confirmed.Text, StringComparison.Ordinal);
        await bot.OpenHomeAsync(Sam);
        var draftId = await bot.SubmitDraftAsync(Emma, "Our stand at the Lyon fair opens on Monday.");

        var request = await bot.ApprovalRequestAsync(Sam, draftId);
        await bot.ClickAsync(Sam, request, "approval_approve");

        await Eventually.HoldsAsync(() => !request.HasButtons && request.Text.Contains("approved by Sam Sales on behalf of Lena Legal", StringComparison.Ordinal),
            "Sam's message naming whom he decided for");
        var decision = Assert.Single((await bot.Drafts.GetAsync(draftId, default)).Value.Draft.Decisions);
        Assert.Equal((Sam.Email, Lena.Email), (decision.Approver.Id.Value, decision.OnBehalfOf!.Id.Value));
        Assert.Equal(DraftState.InReview, (await bot.Drafts.GetAsync(draftId, default)).Value.Draft.State);
    }
}
