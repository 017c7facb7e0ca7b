using PostApprovalBot.Slack.Views.Drafts;

namespace PostApprovalBot.Slack.Tests.Views;

[Trait("Category", "Slack")]
public sealed class SubmitterStatusMessageTests
{
    [Fact]
    public void Each_stage_shows_its_state_and_decisions_show_who_and_why()
    {
        var message = SubmitterStatusMessage.Build(ViewModels.Status(
        [
            new StageStatusLine("Communications", StageState.Approved, "Bo Chen", "4 Mar 16:00"),
            new StageStatusLine("Legal review", StageState.ChangesRequested, "Carla Diaz", "5 Mar 10:00", "Add the disclaimer."),
            new StageStatusLine("Compliance", StageState.NotReached),
        ]));

        var text = Rendered.Text(message.ToJson());
        Assert.Contains("*Communications*: :white_check_mark: approved by Bo Chen, 4 Mar 16:00", text);
        Assert.Contains("*Legal review*: :leftwards_arrow_with_hook: requested changes by Carla Diaz, 5 Mar 10:00\\n>Add the disclaimer.", text);
        Assert.Contains("*Compliance*: :white_circle: not reached yet", text);
        Assert.Contains("in review", message.FallbackText);
    }

    [Fact]
    public void Maximal_route_stays_within_slacks_limits_and_counts_what_is_left_out()
    {
        var stages = Enumerable.Range(0, 60)
            .Select(i => new StageStatusLine(ViewModels.Hostile(300), (StageState)(i % 6), ViewModels.Hostile(300), ViewModels.Hostile(100), ViewModels.Hostile(3000)))
            .ToList();
        var model = ViewModels.Status(stages) with { AccountName = ViewModels.Hostile(500), DraftText = ViewModels.Hostile(63_000), ScheduledTimeText = ViewModels.Hostile(3000) };

        var json = SubmitterStatusMessage.Build(model).ToJson();

        BlockKitAudit.AssertMessage(json);
        Assert.Contains("…and 15 more stages.", Rendered.Text(json));
    }

    [Fact]
    public void Forty_stages_are_all_shown()
    {
        var stages = Enumerable.Range(0, 40).Select(i => new StageStatusLine($"Stage {i}:", StageState.InReview)).ToList();

        var text = Rendered.Text(SubmitterStatusMessage.Build(ViewModels.Status(stages)).ToJson());

        Assert.All(Enumerable.Range(0, 40), i => Assert.Contains($"Stage {i}:", text));
    }
}
