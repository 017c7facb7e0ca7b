using PostApprovalBot.Teams.Activities;

namespace PostApprovalBot.Teams.Tests.Activities;

[Trait("Category", "Teams")]
public sealed class AdaptiveCardActionRequestTests
{
    [Fact]
    public void Execute_invoke_yields_verb_data_with_merged_inputs_and_trigger()
    {
        var activity = Invoke("""
            { "action": { "type": "Action.Execute", "id": "approve-btn", "verb": "approve",
                          "data": { "draftId": "D-42", "revision": 3, "stage": "legal", "comment": "Fine by legal" } },
              "trigger": "manual" }
            """);

        var request = AdaptiveCardActionRequest.From(activity)!;

        Assert.Equal(("approve", "approve-btn", ActionTrigger.Manual), (request.Verb, request.ActionId, request.Trigger));
        Assert.Equal("D-42", request.DataText("draftId"));
        Assert.Equal("3", request.DataText("revision"));
        Assert.Equal("Fine by legal", request.DataText("comment"));
        Assert.Null(request.DataText("missing"));
    }

    [Fact]
    public void Automatic_refresh_trigger_is_recognised()
    {
        var request = AdaptiveCardActionRequest.From(Invoke("""{ "action": { "type": "Action.Execute", "verb": "refresh" }, "trigger": "automatic" }"""))!;

        Assert.Equal(ActionTrigger.Automatic, request.Trigger);
        Assert.Empty(request.Data);
    }

    [Theory]
    [InlineData("""{ "action": { "type": "Action.Submit", "verb": "approve" } }""")]
    [InlineData("""{ "action": { "type": "Action.Execute" } }""")]
    [InlineData("""{ "action": "approve" }""")]
    [InlineData("""[1]""")]
    public void Anything_but_a_well_formed_execute_action_is_not_a_request(string value)
    {
        Assert.Null(AdaptiveCardActionRequest.From(Invoke(value)));
    }

    [Fact]
    public void Invoke_with_another_name_is_not_a_card_action()
    {
        var activity = Invoke("""{ "action": { "type": "Action.Execute", "verb": "approve" } }""") with { Name = "composeExtension/query" };

        Assert.Null(AdaptiveCardActionRequest.From(activity));
    }

    private static Activity Invoke(string value)
    {
        var body = $$"""{ "type": "invoke", "name": "adaptiveCard/action", "channelId": "msteams", "value": {{value}} }""";
        return Assert.IsType<ActivityParseResult.Parsed>(ActivityParser.Parse(body)).Activity;
    }
}
