using PostApprovalBot.Slack.Inbound.Interactions;

namespace PostApprovalBot.Slack.Tests.Inbound;

[Trait("Category", "Slack")]
public sealed class SlackInteractionParserTests
{
    [Fact]
    public void Button_click_in_a_message_gives_user_action_channel_and_message()
    {
        var result = SlackInteractionParser.Parse(SlackPayloads.InteractionForm(SlackPayloads.BlockActions("approval_reject", "the-value")));

        Assert.True(result.Succeeded, result.Error);
        var click = Assert.IsType<BlockActionsInteraction>(result.Value);
        Assert.Equal("U333", click.UserId);
        Assert.Equal("T111", click.TeamId);
        Assert.Equal("trig.1", click.TriggerId);
        Assert.Equal(new BlockAction("approval_reject", "approval_actions", "button", "the-value", null), Assert.Single(click.Actions));
        Assert.Equal(new InteractionContainer("message", "C555", "1772445600.000200", null, false), click.Container);
        Assert.Equal("C555", click.ChannelId);
        Assert.Equal("1772445600.000200", click.MessageTs);
        Assert.Equal(new Uri("https://hooks.slack.com/actions/T111/1/abc"), click.ResponseUrl);
        Assert.Null(click.View);
    }

    [Fact]
    public void Action_inside_a_modal_carries_the_view_and_its_state()
    {
        var payload = SlackPayloads.BlockActions("pick", null);
        payload.Remove("channel");
        payload.Remove("message");
        payload.Remove("response_url");
        payload["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "V777" };
        payload["actions"]![0]!["selected_option"] = new JsonObject { ["value"] = "acct-1" };
        payload["view"] = SlackPayloads.ViewSubmission("new_draft", "", new JsonObject
        {
            ["draft_account"] = SlackPayloads.Block("value", SlackPayloads.SelectValue("acct-1")),
        })["view"]!.DeepClone();

        var click = Assert.IsType<BlockActionsInteraction>(SlackInteractionParser.Parse(SlackPayloads.InteractionForm(payload)).Value);

        Assert.Equal("acct-1", click.Actions[0].SelectedOption);
        Assert.Equal("V777", click.Container.ViewId);
        Assert.Null(click.ChannelId);
        Assert.Equal("acct-1", click.View!.State.Find("draft_account", "value")!.SelectedOption);
    }

    [Fact]
    public void View_submission_gives_callback_metadata_and_every_kind_of_value()
    {
        var values = new JsonObject
        {
            ["b_text"] = SlackPayloads.Block("a", SlackPayloads.TextValue("hello")),
            ["b_select"] = SlackPayloads.Block("a", SlackPayloads.SelectValue("opt-2")),
            ["b_date"] = SlackPayloads.Block("a", SlackPayloads.DateValue("2026-03-05")),
            ["b_time"] = SlackPayloads.Block("a", SlackPayloads.TimeValue("09:30")),
            ["b_user"] = SlackPayloads.Block("a", new JsonObject { ["type"] = "users_select", ["selected_user"] = "U42" }),
        };

        var result = SlackInteractionParser.Parse(SlackPayloads.InteractionForm(SlackPayloads.ViewSubmission("cb", "meta", values)));

        var submission = Assert.IsType<ViewSubmissionInteraction>(result.Value);
        Assert.Equal("U333", submission.UserId);
        Assert.Equal(("V777", "cb", "meta", "h.1"), (submission.View.Id, submission.View.CallbackId, submission.View.PrivateMetadata, submission.View.Hash));
        var state = submission.View.State;
        Assert.Equal("hello", state.Find("b_text", "a")!.Value);
        Assert.Equal("opt-2", state.Find("b_select", "a")!.SelectedOption);
        Assert.Equal("2026-03-05", state.Find("b_date", "a")!.SelectedDate);
        Assert.Equal("09:30", state.Find("b_time", "a")!.SelectedTime);
        Assert.Equal("U42", state.Find("b_user", "a")!.SelectedUser);
        Assert.Null(state.Find("b_text", "other"));
    }

    [Fact]
    public void Other_interaction_types_are_reported_not_refused()
    {
        var payload = new JsonObject { ["type"] = "view_closed", ["user"] = new JsonObject { ["id"] = "U333" } };

        var result = SlackInteractionParser.Parse(SlackPayloads.InteractionForm(payload));

        Assert.Equal("view_closed", Assert.IsType<UnknownInteraction>(result.Value).Type);
    }

    public static TheoryData<string> MalformedBodies => new()
    {
        "",
        "payload=",
        "payload=%7Bnot%20json",
        "other=1",
        "payload=" + Uri.EscapeDataString("""{"type":"block_actions"}"""),
        "payload=" + Uri.EscapeDataString("""{"type":"block_actions","user":{"id":"U1"},"container":{"type":"message"},"actions":[]}"""),
        "payload=" + Uri.EscapeDataString("""{"type":"block_actions","user":{"id":"U1"},"container":{"type":"message"},"actions":[{"block_id":"b"}]}"""),
        "payload=" + Uri.EscapeDataString("""{"type":"block_actions","user":{"id":"U1"},"actions":[{"action_id":"a"}]}"""),
        "payload=" + Uri.EscapeDataString("""{"type":"view_submission","user":{"id":"U1"}}"""),
        "payload=" + Uri.EscapeDataString("""{"type":"view_submission","user":{"id":"U1"},"view":{"id":"V1","state":{"values":{"b":[1]}}}}"""),
        "payload=" + Uri.EscapeDataString("""{"type":"view_submission","user":{"id":"U1"},"user":{"id":"U2"},"view":{"id":"V1"}}"""),
        "payload=" + Uri.EscapeDataString("""{"type":"block_actions","user":{"id":"U1"},"container":{"type":"message"},"actions":[{"action_id":"a"}],"response_url":"http://evil.example/"}"""),
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public void Malformed_payload_is_a_parse_failure_with_a_message(string body)
    {
        var result = SlackInteractionParser.Parse(SlackPayloads.Utf8(body));

        Assert.False(result.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }
}
