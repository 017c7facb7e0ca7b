using PostApprovalBot.Slack.Views;
using PostApprovalBot.Slack.Views.Approval;

namespace PostApprovalBot.Slack.Tests.Views;

[Trait("Category", "Slack")]
public sealed class ApprovalClosingNoteTests
{
    private static JsonObject Json(ApprovalRequestModel model) => ApprovalMessage.Build(model).ToJson();

    private static bool HasActions(JsonObject json) => json["blocks"]!.AsArray().Any(b => (string?)b!["type"] == "actions");

    [Fact]
    public void A_closing_note_alone_replaces_the_buttons()
    {
        var json = Json(ViewModels.Approval() with { ClosingNote = "The submitter withdrew this draft." });

        Assert.False(HasActions(json));
        Assert.Contains("The submitter withdrew this draft.", Rendered.Text(json), StringComparison.Ordinal);
        Assert.Contains("Decided:", Rendered.Text(json), StringComparison.Ordinal);
    }

    [Fact]
    public void The_outcome_line_and_the_closing_note_are_both_shown()
    {
        var outcome = new DecisionLine("Legal", "Lena Legal", ApprovalVerdict.Approve, "2026-11-26 09:00 UTC");

        var text = Rendered.Text(Json(ViewModels.Approval(outcome) with { ClosingNote = "This post is approved: every review stage agreed." }));

        Assert.Contains("approved by Lena Legal", text, StringComparison.Ordinal);
        Assert.Contains("This post is approved", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_closing_note_is_escaped_and_the_message_stays_within_limits_at_maximal_input()
    {
        var json = Json(ViewModels.MaximalApproval(textLength: 40_000) with { ClosingNote = ViewModels.Hostile(500) });

        // The draft text itself is plain_text; the note is mrkdwn, so it must be escaped.
        var note = json["blocks"]!.AsArray()[^1]!["text"]!;
        Assert.Equal("mrkdwn", (string?)note["type"]);
        Assert.StartsWith("&lt;!channel&gt; &amp; &lt;@U1&gt;", (string?)note["text"], StringComparison.Ordinal);
        BlockKitAudit.AssertMessage(json);
    }
}
