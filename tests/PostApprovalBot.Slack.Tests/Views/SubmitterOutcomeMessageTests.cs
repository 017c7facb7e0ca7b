using PostApprovalBot.Slack.Views.Drafts;

namespace PostApprovalBot.Slack.Tests.Views;

[Trait("Category", "Slack")]
public sealed class SubmitterOutcomeMessageTests
{
    private static SubmitterOutcomeModel Model(SubmitterOutcome outcome, string? comment = null, string text = "We are hiring!", IReadOnlyList<string>? unreachable = null) => new(
        outcome, "P-7K3QXM", 2, "Contoso on LinkedIn", "LinkedIn", "Lena Legal", "Legal", comment,
        outcome == SubmitterOutcome.Approved ? text : null, outcome == SubmitterOutcome.Approved ? new string('a', 64) : null, unreachable);

    private static JsonObject Json(SubmitterOutcomeModel model) => SubmitterOutcomeMessage.Build(model).ToJson();

    [Fact]
    public void Approval_shows_the_exact_text_to_publish_and_its_sha256()
    {
        var json = Json(Model(SubmitterOutcome.Approved, text: "Line one\n<b>bold?</b> & more"));

        var text = Rendered.Text(json);
        Assert.Contains("Approved: your Contoso on LinkedIn post", text, StringComparison.Ordinal);
        Assert.Contains("Line one\\n<b>bold?</b> & more", text, StringComparison.Ordinal);
        Assert.Contains(new string('a', 64), text, StringComparison.Ordinal);
        BlockKitAudit.AssertMessage(json);
    }

    [Fact]
    public void A_long_approved_text_is_shown_up_to_the_block_budget_and_the_rest_is_announced()
    {
        var json = Json(Model(SubmitterOutcome.Approved, text: new string('x', 70_000)));

        Assert.Contains("more characters are not shown here", Rendered.Text(json), StringComparison.Ordinal);
        BlockKitAudit.AssertMessage(json);
    }

    [Fact]
    public void Requested_changes_quote_the_comment_and_offer_a_revise_button_naming_only_the_draft()
    {
        var json = Json(Model(SubmitterOutcome.ChangesRequested, "Say which city.\nAnd when."));

        var button = json["blocks"]!.AsArray().Select(b => b!["accessory"]).OfType<JsonObject>().Single();
        Assert.Equal((SubmitterOutcomeMessage.ReviseActionId, "P-7K3QXM"), ((string?)button["action_id"], (string?)button["value"]));
        Assert.Contains(">Say which city.\\n>And when.", Rendered.Text(json), StringComparison.Ordinal);
        Assert.Contains("/post revise P-7K3QXM", Rendered.Text(json), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejection_names_who_rejected_at_which_stage_with_the_comment_escaped()
    {
        var json = Json(Model(SubmitterOutcome.Rejected, ViewModels.Hostile(200)));

        var text = Rendered.Text(json);
        Assert.Contains("*Lena Legal* (Legal) rejected draft P-7K3QXM", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", text, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Approvers_who_cannot_be_reached_are_named()
    {
        var json = Json(Model(SubmitterOutcome.ApproversUnreachable, unreachable: ["Colin Compliance (colin@contoso.com)"]));

        var text = Rendered.Text(json);
        Assert.Contains("Some approvers cannot be reached", text, StringComparison.Ordinal);
        Assert.Contains("Colin Compliance (colin@contoso.com)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SubmitterOutcome.Withdrawn, "was withdrawn")]
    [InlineData(SubmitterOutcome.Expired, "passed before every stage decided, so it will not be published")]
    public void The_other_endings_say_what_happened(SubmitterOutcome outcome, string expected)
    {
        Assert.Contains(expected, Rendered.Text(Json(Model(outcome))), StringComparison.Ordinal);
    }
}
