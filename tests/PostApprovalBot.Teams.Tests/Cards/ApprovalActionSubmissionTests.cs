using PostApprovalBot.Teams.Activities;
using PostApprovalBot.Teams.Cards.Views;

namespace PostApprovalBot.Teams.Tests.Cards;

[Trait("Category", "Teams")]
public sealed class ApprovalActionSubmissionTests
{
    [Theory]
    [InlineData(CardVerbs.Approve, Verdict.Approved)]
    [InlineData(CardVerbs.Reject, Verdict.Rejected)]
    [InlineData(CardVerbs.RequestChanges, Verdict.ChangesRequested)]
    public void Decision_click_is_read_with_its_verdict_and_comment(string verb, Verdict verdict)
    {
        var data = new JsonObject { ["draftId"] = "D-1", ["revision"] = "2", ["stage"] = "legal", ["comment"] = " Needs a source. " };

        var submission = ApprovalActionSubmission.Read(new AdaptiveCardActionRequest(verb, null, data, ActionTrigger.Manual));

        Assert.Equal(new ApprovalActionSubmission("D-1", 2, "legal", verdict, "Needs a source."), submission);
    }

    [Fact]
    public void Empty_comment_is_no_comment()
    {
        var data = new JsonObject { ["draftId"] = "D-1", ["revision"] = 2, ["stage"] = "legal", ["comment"] = "   " };

        Assert.Null(ApprovalActionSubmission.Read(new AdaptiveCardActionRequest(CardVerbs.Approve, null, data, ActionTrigger.Manual))!.Comment);
    }

    [Theory]
    [InlineData("""{ "revision": "2", "stage": "legal" }""")]
    [InlineData("""{ "draftId": "D-1", "stage": "legal" }""")]
    [InlineData("""{ "draftId": "D-1", "revision": "two", "stage": "legal" }""")]
    [InlineData("""{ "draftId": "D-1", "revision": "-2", "stage": "legal" }""")]
    [InlineData("""{ "draftId": "D-1", "revision": "2" }""")]
    public void Incomplete_card_data_is_not_a_decision(string data)
    {
        var request = new AdaptiveCardActionRequest(CardVerbs.Approve, null, JsonNode.Parse(data)!.AsObject(), ActionTrigger.Manual);

        Assert.Null(ApprovalActionSubmission.Read(request));
    }

    [Fact]
    public void Refresh_is_not_a_decision()
    {
        var data = new JsonObject { ["draftId"] = "D-1", ["revision"] = "2", ["stage"] = "legal" };

        Assert.Null(ApprovalActionSubmission.Read(new AdaptiveCardActionRequest(CardVerbs.Refresh, null, data, ActionTrigger.Automatic)));
    }
}
