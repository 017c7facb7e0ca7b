using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Inbound.Interactions;
using PostApprovalBot.Slack.Views;
using PostApprovalBot.Slack.Views.Approval;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Tests.Views;

[Trait("Category", "Slack")]
public sealed class CommentModalTests
{
    private static readonly SlackMessageRef ApprovalPost = new("C555", "1772445600.000200");

    private static CommentModalModel Model(ApprovalVerdict verdict = ApprovalVerdict.Reject, string draftId = "draft-42", string preview = "We are hiring!") =>
        new(verdict, new ApprovalButtonValue(draftId, 3, "legal"), "ACME Corp", "Legal review", preview, ApprovalPost);

    private static ViewSubmissionInteraction Submit(ModalView view, string? comment) =>
        (ViewSubmissionInteraction)SlackInteractionParser.Parse(SlackPayloads.InteractionForm(SlackPayloads.ViewSubmission(
            view.CallbackId, view.PrivateMetadata,
            new JsonObject { [CommentModal.CommentBlockId] = SlackPayloads.Block(CommentModal.CommentActionId, SlackPayloads.TextValue(comment)) }))).Value!;

    [Fact]
    public void Metadata_carries_the_decision_and_the_message_to_update()
    {
        var view = CommentModal.Build(Model(ApprovalVerdict.RequestChanges));

        Assert.True(CommentModalMetadata.TryDecode(view.PrivateMetadata, out var metadata));
        Assert.Equal(new CommentModalMetadata("draft-42", 3, "legal", ApprovalVerdict.RequestChanges, "C555", "1772445600.000200"), metadata);
    }

    [Fact]
    public void Comment_input_is_required_and_multiline()
    {
        var input = CommentModal.Build(Model()).ToJson()["blocks"]!.AsArray().Single(b => (string?)b!["type"] == "input")!;

        Assert.Equal((CommentModal.CommentBlockId, false), ((string?)input["block_id"], (bool?)input["optional"]));
        Assert.True((bool?)input["element"]!["multiline"]);
    }

    [Fact]
    public void Submission_yields_the_comment_and_what_it_decides()
    {
        var result = CommentModal.Read(Submit(CommentModal.Build(Model()), "  Too vague.  "));

        Assert.True(result.Succeeded);
        Assert.Equal(new CommentSubmission(ApprovalVerdict.Reject, new ApprovalButtonValue("draft-42", 3, "legal"), "Too vague.", ApprovalPost), result.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Blank_comment_is_a_field_error(string? comment)
    {
        var result = CommentModal.Read(Submit(CommentModal.Build(Model()), comment));

        Assert.False(result.Succeeded);
        Assert.Contains(CommentModal.CommentBlockId, result.ErrorsByBlockId.Keys);
        Assert.Equal("errors", (string?)result.ToErrorAnswer().Body!["response_action"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"d\":\"x\",\"r\":1,\"s\":\"legal\",\"v\":\"Approve\",\"c\":\"C1\",\"t\":\"1.1\"}")]
    [InlineData("{\"d\":\"x\",\"r\":1,\"s\":\"legal\",\"v\":\"7\",\"c\":\"C1\",\"t\":\"1.1\"}")]
    [InlineData("{\"d\":\"x\",\"r\":1,\"s\":\"legal\",\"v\":\"Reject\",\"c\":\"C1\"}")]
    public void Broken_metadata_is_a_field_error_not_a_crash(string metadata)
    {
        var view = new ModalView("t", [new InputBlock("c", new PlainTextInputElement(CommentModal.CommentActionId), CommentModal.CommentBlockId)],
            CommentModal.CallbackId, submit: "Send", privateMetadata: metadata);

        var result = CommentModal.Read(Submit(view, "reason"));

        Assert.False(result.Succeeded);
        Assert.Contains("out of date", result.ErrorsByBlockId[CommentModal.CommentBlockId]);
    }

    [Fact]
    public void Approve_needs_no_comment_modal()
    {
        Assert.Throws<ArgumentException>(() => CommentModal.Build(Model(ApprovalVerdict.Approve)));
    }

    [Fact]
    public void Maximal_input_stays_within_slacks_limits()
    {
        var view = CommentModal.Build(Model(draftId: new string('d', 1000), preview: ViewModels.Hostile(63_000)) with
        {
            AccountName = ViewModels.Hostile(5000),
            StageName = ViewModels.Hostile(5000),
        });

        BlockKitAudit.AssertModal(view.ToJson());
    }

    [Fact]
    public void Metadata_too_large_for_slack_is_refused()
    {
        Assert.Throws<BlockKitLimitException>(() => CommentModal.Build(Model(draftId: new string('d', 3000))));
    }
}
