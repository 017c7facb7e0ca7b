using PostApprovalBot.Slack.Views.Approval;

namespace PostApprovalBot.Slack.Tests.Views;

[Trait("Category", "Slack")]
public sealed class ReminderMessageTests
{
    private static ReminderModel Model(bool escalation, string text = "We are hiring!") =>
        new(escalation, "P-7K3QXM", "Contoso on LinkedIn", "Emma Employee", "Legal", "26 hours", text);

    [Fact]
    public void A_reminder_says_which_draft_waits_how_long_at_which_stage()
    {
        var text = Rendered.Text(ReminderMessage.Build(Model(escalation: false)).ToJson());

        Assert.Contains("Draft P-7K3QXM for Contoso on LinkedIn (by Emma Employee) has waited 26 hours for your decision at the *Legal* stage", text, StringComparison.Ordinal);
        Assert.Contains("We are hiring!", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_escalation_tells_the_contact_that_nobody_has_decided()
    {
        var text = Rendered.Text(ReminderMessage.Build(Model(escalation: true)).ToJson());

        Assert.Contains("nobody there has decided", text, StringComparison.Ordinal);
        Assert.Contains("escalation contact", text, StringComparison.Ordinal);
    }

    [Fact]
    public void User_text_is_escaped_and_the_message_stays_within_limits()
    {
        var model = new ReminderModel(false, "P-1", ViewModels.Hostile(500), ViewModels.Hostile(500), ViewModels.Hostile(200), "2 days", ViewModels.Hostile(5000));

        var json = ReminderMessage.Build(model).ToJson();

        Assert.DoesNotContain("<!channel>", (string?)json["blocks"]![0]!["text"]!["text"], StringComparison.Ordinal);
        BlockKitAudit.AssertMessage(json);
    }
}
