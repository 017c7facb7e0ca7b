using PostApprovalBot.Slack.Views.Replies;

namespace PostApprovalBot.Slack.Tests.Views;

[Trait("Category", "Slack")]
public sealed class AdminAndPolicyMessageTests
{
    [Fact]
    public void An_admin_reply_shows_its_title_and_every_line_escaped()
    {
        var json = AdminReplyMessage.Build(true, "Approver groups", ["legal (Legal): Lena Legal <lena@contoso.com>", "<!channel> & co"]).ToJson();

        var text = Rendered.Text(json);
        Assert.Contains("Approver groups", text, StringComparison.Ordinal);
        Assert.Contains("Lena Legal &lt;lena@contoso.com&gt;", text, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt; &amp; co", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_admin_command_is_marked_and_a_long_answer_fits_one_message()
    {
        var json = AdminReplyMessage.Build(false, "Not allowed", Enumerable.Range(0, 500).Select(_ => ViewModels.Hostile(1000)).ToList()).ToJson();

        Assert.Contains(":no_entry_sign:", Rendered.Text(json), StringComparison.Ordinal);
        BlockKitAudit.AssertMessage(json);
    }

    [Fact]
    public void A_posting_policy_shows_the_guidance_as_written_and_the_rules()
    {
        var json = PostingPolicyMessage.Build(new PostingPolicyModel("Contoso on LinkedIn", "LinkedIn", "Chloe Comms (chloe@contoso.com)",
            "Purpose: hiring.\n*No* politics.", "2", "no limit", "08:00 to 18:00 Europe/Paris")).ToJson();

        var text = Rendered.Text(json);
        Assert.Contains("Posting policy for Contoso on LinkedIn (LinkedIn)", text, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"plain_text\",\"text\":\"Purpose: hiring.\\n*No* politics.\"", text, StringComparison.Ordinal);
        Assert.Contains("08:00 to 18:00 Europe/Paris", text, StringComparison.Ordinal);
        BlockKitAudit.AssertMessage(json);
    }

    [Fact]
    public void An_account_without_guidance_names_its_owner()
    {
        var text = Rendered.Text(PostingPolicyMessage.Build(new PostingPolicyModel("Contoso on X", "X", "Chloe Comms (chloe@contoso.com)", null, "no limit", "no limit", "any time")).ToJson());

        Assert.Contains("no written guidance yet. Ask its owner, Chloe Comms (chloe@contoso.com)", text, StringComparison.Ordinal);
    }
}
