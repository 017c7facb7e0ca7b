using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Inbound.Interactions;
using PostApprovalBot.Slack.Views;
using PostApprovalBot.Slack.Views.Approval;
using PostApprovalBot.Slack.Views.Drafts;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Tests.Views;

/// <summary>The approver's suggested text: offered in the Request changes modal, read back, and shown to the submitter with one-click acceptance.</summary>
[Trait("Category", "Slack")]
public sealed class SuggestedEditViewTests
{
    private static readonly SlackMessageRef ApprovalPost = new("D0LENA", "1772445600.000200");

    private static CommentModalModel Modal(ApprovalVerdict verdict, string? prefill) =>
        new(verdict, new ApprovalButtonValue("P-7K3QXM", 1, "Legal"), "Contoso", "Legal", "Our 100 engineers", ApprovalPost, prefill);

    private static JsonArray Inputs(ModalView view) =>
        new([.. view.ToJson()["blocks"]!.AsArray().Where(b => (string?)b!["type"] == "input").Select(b => b!.DeepClone())]);

    private static ViewSubmissionInteraction Submit(ModalView view, string comment, string? suggestion) =>
        (ViewSubmissionInteraction)SlackInteractionParser.Parse(SlackPayloads.InteractionForm(SlackPayloads.ViewSubmission(
            view.CallbackId, view.PrivateMetadata, new JsonObject
            {
                [CommentModal.CommentBlockId] = SlackPayloads.Block(CommentModal.CommentActionId, SlackPayloads.TextValue(comment)),
                [CommentModal.SuggestionBlockId] = SlackPayloads.Block(CommentModal.SuggestionActionId, SlackPayloads.TextValue(suggestion)),
            }))).Value!;

    private static SubmitterOutcomeModel Outcome(SubmitterOutcome outcome) =>
        new(outcome, "P-7K3QXM", 1, "Contoso on LinkedIn", "LinkedIn", "Lena Legal", "Legal", "Say 120.");

    [Fact]
    public void Request_changes_offers_an_optional_suggested_text_prefilled_with_the_draft()
    {
        var inputs = Inputs(CommentModal.Build(Modal(ApprovalVerdict.RequestChanges, "Our 100 engineers")));

        var suggestion = Assert.Single(inputs, i => (string?)i!["block_id"] == CommentModal.SuggestionBlockId)!;
        Assert.True((bool?)suggestion["optional"]);
        Assert.Equal("Our 100 engineers", (string?)suggestion["element"]!["initial_value"]);
    }

    [Fact]
    public void Reject_and_a_draft_too_long_to_prefill_get_no_suggestion_field()
    {
        Assert.Single(Inputs(CommentModal.Build(Modal(ApprovalVerdict.Reject, "Our 100 engineers"))));
        Assert.Single(Inputs(CommentModal.Build(Modal(ApprovalVerdict.RequestChanges, null))));
    }

    [Theory]
    [InlineData("Our 120 engineers", "Our 120 engineers")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void The_submitted_suggestion_is_read_as_typed_and_a_blank_one_is_none(string? typed, string? expected)
    {
        var view = CommentModal.Build(Modal(ApprovalVerdict.RequestChanges, "Our 100 engineers"));

        var read = CommentModal.Read(Submit(view, "Say 120.", typed));

        Assert.True(read.Succeeded);
        Assert.Equal(expected, read.Value.SuggestedText);
    }

    [Fact]
    public void The_submitter_sees_the_suggestion_struck_and_bold_in_full_with_accept_and_revise_buttons()
    {
        var json = SubmitterOutcomeMessage.Build(Outcome(SubmitterOutcome.ChangesRequested) with
        {
            SuggestedText = "Our 120 engineers <b>",
            SuggestedChanges =
            [
                new TextChange(TextChangeKind.Same, "Our "),
                new TextChange(TextChangeKind.Removed, "100 "),
                new TextChange(TextChangeKind.Added, "120 "),
                new TextChange(TextChangeKind.Same, "engineers "),
                new TextChange(TextChangeKind.Added, "<b>"),
            ],
        }).ToJson();

        var text = Rendered.Text(json);
        Assert.Contains("Our ~100~ *120* engineers *&lt;b&gt;*", text, StringComparison.Ordinal);
        Assert.Contains("Our 120 engineers <b>", text, StringComparison.Ordinal);
        var buttons = json["blocks"]!.AsArray().Where(b => (string?)b!["type"] == "actions").SelectMany(b => b!["elements"]!.AsArray()).ToList();
        Assert.Equal([(SubmitterOutcomeMessage.AcceptSuggestionActionId, "P-7K3QXM"), (SubmitterOutcomeMessage.ReviseActionId, "P-7K3QXM")],
            buttons.Select(b => ((string)b!["action_id"]!, (string)b["value"]!)));
        BlockKitAudit.AssertMessage(json);
    }

    [Fact]
    public void A_huge_hostile_suggestion_stays_within_slacks_limits()
    {
        var hostile = ViewModels.Hostile(40_000);
        var json = SubmitterOutcomeMessage.Build(Outcome(SubmitterOutcome.ChangesRequested) with
        {
            SuggestedText = hostile,
            SuggestedChanges = Enumerable.Range(0, 400).Select(i => new TextChange((TextChangeKind)(i % 3), hostile[..100] + "\n")).ToList(),
        }).ToJson();

        BlockKitAudit.AssertMessage(json);
        Assert.All(MrkdwnTexts(json), text => Assert.DoesNotContain("<!channel>", text, StringComparison.Ordinal));
    }

    private static IEnumerable<string> MrkdwnTexts(JsonNode? node) => node switch
    {
        JsonObject { } obj when (string?)obj["type"] == "mrkdwn" => [(string)obj["text"]!],
        JsonObject obj => obj.SelectMany(p => MrkdwnTexts(p.Value)),
        JsonArray array => array.SelectMany(MrkdwnTexts),
        _ => [],
    };

    [Fact]
    public void An_expired_draft_invites_the_submitter_to_submit_it_again_with_a_new_time()
    {
        var json = SubmitterOutcomeMessage.Build(Outcome(SubmitterOutcome.Expired) with { ScheduleText = "2026-03-02 09:00 (Europe/Paris)" }).ToJson();

        var text = Rendered.Text(json);
        Assert.Contains("its publication time, 2026-03-02 09:00 (Europe/Paris), passed", text, StringComparison.Ordinal);
        Assert.Contains($"\"action_id\":\"{SubmitterOutcomeMessage.ResubmitActionId}\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SubmitterOutcome.Approved, "Approved by override: your Contoso on LinkedIn post", "approved draft")]
    [InlineData(SubmitterOutcome.Rejected, "Rejected by override: your Contoso on LinkedIn post", "rejected draft")]
    public void An_override_says_an_administrator_decided_and_why(SubmitterOutcome outcome, string title, string verb)
    {
        var model = Outcome(outcome) with
        {
            DeciderName = "Ada Admin", StageName = null, Comment = "CEO statement", Overridden = true,
            ApprovedText = outcome == SubmitterOutcome.Approved ? "Hello" : null, ApprovedTextSha256 = outcome == SubmitterOutcome.Approved ? new string('a', 64) : null,
        };

        var text = Rendered.Text(SubmitterOutcomeMessage.Build(model).ToJson());

        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains($"*Ada Admin*, an administrator, {verb}", text, StringComparison.Ordinal);
        Assert.Contains(">CEO statement", text, StringComparison.Ordinal);
    }
}
