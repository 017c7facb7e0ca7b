using PostApprovalBot.Slack.Views.Approval;
using PostApprovalBot.Slack.Views.Home;

namespace PostApprovalBot.Slack.Tests.Views;

[Trait("Category", "Slack")]
public sealed class AppHomeTests
{
    [Fact]
    public void Home_lists_waiting_approvals_with_a_review_button_and_my_drafts()
    {
        var json = AppHome.Build(new AppHomeModel([ViewModels.Mine(1)], [ViewModels.Waiting(2)])).ToJson();

        var text = Rendered.Text(json);
        Assert.Contains("Waiting for me (1)", text);
        Assert.Contains("My drafts (1)", text);
        Assert.Contains("in review at Legal review", text);
        var review = json["blocks"]!.AsArray().Select(b => b!["accessory"]).Single(a => a is not null)!;
        Assert.Equal(AppHome.ReviewActionId, (string?)review["action_id"]);
        Assert.True(ApprovalButtonValue.TryDecode((string?)review["value"], out var target));
        Assert.Equal(new ApprovalButtonValue("draft-2", 1, "legal"), target);
        Assert.Contains($"\"action_id\":\"{AppHome.NewDraftActionId}\"", text);
    }

    [Fact]
    public void Empty_lists_say_so()
    {
        var text = Rendered.Text(AppHome.Build(new AppHomeModel([], [])).ToJson());

        Assert.Contains("Nothing is waiting for your decision.", text);
        Assert.Contains("You have no drafts.", text);
    }

    [Fact]
    public void Maximal_home_stays_within_slacks_limits_and_counts_what_is_left_out()
    {
        var mine = Enumerable.Range(0, 200).Select(i => ViewModels.Mine(i, ViewModels.Hostile(63_000)) with { AccountName = ViewModels.Hostile(2000) }).ToList();
        var waiting = Enumerable.Range(0, 200).Select(i => ViewModels.Waiting(i, ViewModels.Hostile(63_000)) with { SubmitterName = ViewModels.Hostile(2000) }).ToList();

        var json = AppHome.Build(new AppHomeModel(mine, waiting)).ToJson();

        BlockKitAudit.AssertHome(json);
        Assert.Equal(2, Rendered.Text(json).Split("…and 153 more.").Length - 1);
    }
}
