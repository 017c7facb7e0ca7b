using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Inbound.Interactions;
using PostApprovalBot.Slack.Views;
using PostApprovalBot.Slack.Views.Approval;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Tests.Views;

[Trait("Category", "Slack")]
public sealed class ApprovalMessageTests
{
    private static readonly DecisionLine Decided = new("Legal review", "Carla Diaz", ApprovalVerdict.Reject, "5 Mar 2026 10:00", "Too vague.");

    private static List<JsonObject> Blocks(SlackMessage message) => message.ToJson()["blocks"]!.AsArray().Select(b => b!.AsObject()).ToList();

    private static JsonObject ActionsOf(SlackMessage message) => Assert.Single(Blocks(message), b => (string?)b["type"] == "actions");

    [Fact]
    public void Open_request_has_approve_reject_and_request_changes_buttons()
    {
        var buttons = ActionsOf(ApprovalMessage.Build(ViewModels.Approval()))["elements"]!.AsArray();

        Assert.Equal(
            [("Approve", ApprovalMessage.ApproveActionId, "primary"), ("Reject", ApprovalMessage.RejectActionId, "danger"), ("Request changes", ApprovalMessage.RequestChangesActionId, null)],
            buttons.Select(b => ((string?)b!["text"]!["text"], (string?)b["action_id"], (string?)b["style"])));
    }

    [Fact]
    public void Button_values_carry_only_draft_revision_and_stage()
    {
        var value = (string)ActionsOf(ApprovalMessage.Build(ViewModels.Approval()))["elements"]![0]!["value"]!;

        Assert.Equal(["d", "r", "s"], JsonNode.Parse(value)!.AsObject().Select(p => p.Key));
        Assert.True(ApprovalButtonValue.TryDecode(value, out var decoded));
        Assert.Equal(new ApprovalButtonValue("draft-42", 3, "legal"), decoded);
    }

    [Fact]
    public void Message_shows_the_facts_the_approver_needs()
    {
        var json = Rendered.Text(ApprovalMessage.Build(ViewModels.Approval()).ToJson());

        foreach (var fact in new[] { "ACME Corp", "LinkedIn", "Ana Lima", "5 Mar 2026 09:30", "We are hiring! Join us.", "https://acme.example/jobs", "equal-opportunity", "Bo Chen", "Legal review", "draft-42", "revision 3" })
        {
            Assert.Contains(fact, json);
        }
    }

    [Fact]
    public void Decided_request_shows_the_outcome_and_no_buttons()
    {
        var message = ApprovalMessage.Build(ViewModels.Approval(Decided));

        Assert.DoesNotContain(Blocks(message), b => (string?)b["type"] == "actions");
        var last = (string?)Blocks(message)[^1]["text"]!["text"];
        Assert.Contains("Carla Diaz", last);
        Assert.Contains("rejected", last);
        Assert.Contains("Too vague.", last);
    }

    [Fact]
    public void Maximal_request_stays_within_slacks_limits()
    {
        BlockKitAudit.AssertMessage(ApprovalMessage.Build(ViewModels.MaximalApproval()).ToJson());
        BlockKitAudit.AssertMessage(ApprovalMessage.Build(ViewModels.MaximalApproval(Decided with { Comment = ViewModels.Hostile(5000) })).ToJson());
    }

    [Fact]
    public void Draft_text_of_3000_characters_is_shown_whole()
    {
        var model = ViewModels.MaximalApproval();

        var shown = string.Concat(Blocks(ApprovalMessage.Build(model))
            .Where(b => (string?)b["type"] == "section" && (string?)b["text"]?["type"] == "plain_text" && !((string?)b["text"]!["text"])!.StartsWith("Links:", StringComparison.Ordinal))
            .Select(b => (string?)b["text"]!["text"]));

        Assert.Equal(model.DraftText, shown);
    }

    [Fact]
    public void Draft_text_beyond_what_a_message_holds_is_flagged_not_silently_dropped()
    {
        var json = ApprovalMessage.Build(ViewModels.MaximalApproval(textLength: 40_000)).ToJson();

        BlockKitAudit.AssertMessage(json);
        Assert.Matches(@"\d{5} more characters are not shown", Rendered.Text(json));
    }

    [Fact]
    public void Decisions_that_do_not_fit_are_counted()
    {
        var many = Enumerable.Range(0, 200).Select(i => new DecisionLine("Stage", $"Person {i}", ApprovalVerdict.Approve, "today", ViewModels.Hostile(1500))).ToList();

        var json = ApprovalMessage.Build(ViewModels.MaximalApproval() with { EarlierDecisions = many }).ToJson();

        BlockKitAudit.AssertMessage(json);
        Assert.Matches(@"…and \d+ more not shown here\.", Rendered.Text(json));
    }

    [Fact]
    public void Forty_decisions_with_long_comments_are_all_shown()
    {
        var forty = Enumerable.Range(0, 40).Select(i => new DecisionLine("Stage", $"Person {i}:", ApprovalVerdict.Reject, "today", ViewModels.Hostile(3000))).ToList();

        var json = ApprovalMessage.Build(ViewModels.MaximalApproval() with { EarlierDecisions = forty }).ToJson();

        BlockKitAudit.AssertMessage(json);
        Assert.All(Enumerable.Range(0, 40), i => Assert.Contains($"Person {i}:", Rendered.Text(json)));
    }

    [Fact]
    public void User_text_cannot_inject_mentions_into_markup()
    {
        var json = ApprovalMessage.Build(ViewModels.MaximalApproval()).ToJson();

        foreach (var block in json["blocks"]!.AsArray().Where(b => (string?)b!["text"]?["type"] == "mrkdwn"))
        {
            Assert.DoesNotContain("<!channel>", (string?)block!["text"]!["text"]);
        }
    }

    [Fact]
    public void Click_on_a_button_reads_verdict_target_clicker_and_message()
    {
        var value = new ApprovalButtonValue("draft-42", 3, "legal").Encode();
        var payload = SlackPayloads.BlockActions(ApprovalMessage.RequestChangesActionId, value);
        var interaction = (BlockActionsInteraction)SlackInteractionParser.Parse(SlackPayloads.InteractionForm(payload)).Value!;

        Assert.True(ApprovalClick.TryRead(interaction, out var click));
        Assert.Equal(
            new ApprovalClick(ApprovalVerdict.RequestChanges, new ApprovalButtonValue("draft-42", 3, "legal"), "U333", "trig.1", new SlackMessageRef("C555", "1772445600.000200")),
            click);
    }

    [Theory]
    [InlineData("approval_approve", "not json")]
    [InlineData("approval_approve", "{\"d\":\"x\",\"r\":-1,\"s\":\"legal\"}")]
    [InlineData("approval_approve", "{\"d\":\"x\",\"r\":1}")]
    [InlineData("approval_approve", "{\"d\":\"x\",\"r\":1,\"s\":\"a\",\"s\":\"b\"}")]
    [InlineData("something_else", "{\"d\":\"x\",\"r\":1,\"s\":\"legal\"}")]
    public void Click_that_is_not_a_well_formed_approval_is_not_read(string actionId, string value)
    {
        var interaction = (BlockActionsInteraction)SlackInteractionParser.Parse(SlackPayloads.InteractionForm(SlackPayloads.BlockActions(actionId, value))).Value!;

        Assert.False(ApprovalClick.TryRead(interaction, out _));
    }
}
