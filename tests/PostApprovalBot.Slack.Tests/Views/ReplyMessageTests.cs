using PostApprovalBot.Slack.Views.Replies;

namespace PostApprovalBot.Slack.Tests.Views;

[Trait("Category", "Slack")]
public sealed class ReplyMessageTests
{
    private static DraftListLine Line(int i, string text = "We are hiring!") =>
        new($"P-{i:D6}", "Contoso on LinkedIn", "LinkedIn", "in review at Legal", "not scheduled", text);

    [Fact]
    public void An_empty_list_says_so()
    {
        var text = Rendered.Text(DraftListMessage.Build("Your drafts", [], "You have no drafts yet.").ToJson());

        Assert.Contains("Your drafts (0)", text, StringComparison.Ordinal);
        Assert.Contains("You have no drafts yet.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_longer_than_a_message_holds_ends_with_how_many_more_and_stays_within_limits()
    {
        var lines = Enumerable.Range(1, 400).Select(i => Line(i, ViewModels.Hostile(1_000))).ToList();

        var json = DraftListMessage.Build("Your drafts", lines, "none", "Type /post status <id>.").ToJson();

        Assert.Contains("more not shown here", Rendered.Text(json), StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", Rendered.Text(json), StringComparison.Ordinal);
        BlockKitAudit.AssertMessage(json);
    }

    [Fact]
    public void Each_listed_draft_shows_its_id_account_standing_and_a_preview()
    {
        var text = Rendered.Text(DraftListMessage.Build("Your drafts", [Line(7)], "none").ToJson());

        Assert.Contains("*P-000007* Contoso on LinkedIn (LinkedIn): in review at Legal, scheduled not scheduled", text, StringComparison.Ordinal);
        Assert.Contains("_We are hiring!_", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_shows_each_command_as_typed_after_the_prefix()
    {
        var json = HelpMessage.Build([("new", "open the form"), ("status <draft id>", "where one draft stands")], "/post ").ToJson();

        var text = Rendered.Text(json);
        Assert.Contains("`/post new`: open the form", text, StringComparison.Ordinal);
        Assert.Contains("`/post status &lt;draft id&gt;`: where one draft stands", text, StringComparison.Ordinal);
        BlockKitAudit.AssertMessage(json);
    }

    [Fact]
    public void A_button_prompt_carries_its_action_and_value()
    {
        var json = ButtonPrompt.Build("Open the form to revise draft P-1.", "Revise draft", "draft_revise", "P-1").ToJson();

        var button = json["blocks"]![0]!["accessory"]!.AsObject();
        Assert.Equal(("draft_revise", "P-1", "primary"), ((string?)button["action_id"], (string?)button["value"], (string?)button["style"]));
        BlockKitAudit.AssertMessage(json);
    }
}
