using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Inbound.Interactions;
using PostApprovalBot.Slack.Views;
using PostApprovalBot.Slack.Views.Drafts;

namespace PostApprovalBot.Slack.Tests.Views;

[Trait("Category", "Slack")]
public sealed class NewDraftModalTests
{
    private static readonly NewDraftSubmission Filled = new(
        null, "acme-li", "We are hiring!", [new Uri("https://acme.example/jobs")], "Source: HR", new DateOnly(2026, 3, 5), new TimeOnly(9, 30), "Europe/Lisbon");

    private static string Block(NewDraftField field) => NewDraftModal.BlockIdOf(field);

    private static JsonObject Values(string? account = "acme-li", string? text = "We are hiring!", string? links = "https://acme.example/jobs",
        string? notes = "Source: HR", string? date = "2026-03-05", string? time = "09:30", string? zone = "Europe/Lisbon") => new()
    {
        [Block(NewDraftField.Account)] = SlackPayloads.Block("value", SlackPayloads.SelectValue(account)),
        [Block(NewDraftField.Text)] = SlackPayloads.Block("value", SlackPayloads.TextValue(text)),
        [Block(NewDraftField.Links)] = SlackPayloads.Block("value", SlackPayloads.TextValue(links)),
        [Block(NewDraftField.SourcesAndNotes)] = SlackPayloads.Block("value", SlackPayloads.TextValue(notes)),
        [Block(NewDraftField.ScheduledDate)] = SlackPayloads.Block("value", SlackPayloads.DateValue(date)),
        [Block(NewDraftField.ScheduledTime)] = SlackPayloads.Block("value", SlackPayloads.TimeValue(time)),
        [Block(NewDraftField.TimeZone)] = SlackPayloads.Block("value", SlackPayloads.SelectValue(zone)),
    };

    private static ModalFormResult<NewDraftSubmission> Read(JsonObject values, string metadata = "", string callbackId = NewDraftModal.CallbackId) =>
        NewDraftModal.Read((ViewSubmissionInteraction)SlackInteractionParser.Parse(
            SlackPayloads.InteractionForm(SlackPayloads.ViewSubmission(callbackId, metadata, values))).Value!);

    [Fact]
    public void Modal_has_an_input_per_field_and_a_submit_button()
    {
        var json = NewDraftModal.Build(ViewModels.DraftModal()).ToJson();

        var inputs = json["blocks"]!.AsArray().Where(b => (string?)b!["type"] == "input").Select(b => (string?)b!["block_id"]);
        Assert.Equal(Enum.GetValues<NewDraftField>().Select(Block), inputs);
        Assert.Equal((NewDraftModal.CallbackId, "Submit for approval"), ((string?)json["callback_id"], (string?)json["submit"]!["text"]));
        Assert.Equal("Europe/Lisbon", (string?)json["blocks"]!.AsArray().Single(b => (string?)b!["block_id"] == Block(NewDraftField.TimeZone))!["element"]!["initial_option"]!["value"]);
    }

    [Fact]
    public void Complete_submission_is_read_into_a_draft()
    {
        var result = Read(Values());

        Assert.True(result.Succeeded, string.Join(", ", result.ErrorsByBlockId.Values));
        Assert.Equal(Filled, result.Value with { Links = Filled.Links });
        Assert.Equal(Filled.Links, result.Value.Links);
    }

    [Fact]
    public void Prefilled_modal_round_trips_through_a_submission()
    {
        var view = NewDraftModal.Build(ViewModels.DraftModal(Filled with { RevisingDraftId = "draft-42" }));

        var result = Read(Values(), view.PrivateMetadata);

        Assert.Equal("Revise post draft", view.Title.Text);
        Assert.Equal("draft-42", result.Value!.RevisingDraftId);
    }

    [Fact]
    public void Missing_account_and_text_are_field_errors()
    {
        var result = Read(Values(account: null, text: "  "));

        Assert.False(result.Succeeded);
        Assert.Equal([Block(NewDraftField.Account), Block(NewDraftField.Text)], result.ErrorsByBlockId.Keys.Order());
    }

    [Fact]
    public void Link_that_is_not_a_web_address_is_a_field_error_naming_the_line()
    {
        var result = Read(Values(links: "https://ok.example\njavascript:alert(1)"));

        Assert.Equal("Line 2 is not a web address starting with https:// or http://.", result.ErrorsByBlockId[Block(NewDraftField.Links)]);
    }

    [Fact]
    public void Date_without_time_and_time_without_date_are_field_errors()
    {
        Assert.Contains(Block(NewDraftField.ScheduledTime), Read(Values(time: null)).ErrorsByBlockId.Keys);
        Assert.Contains(Block(NewDraftField.ScheduledDate), Read(Values(date: null)).ErrorsByBlockId.Keys);
        Assert.Contains(Block(NewDraftField.TimeZone), Read(Values(zone: null)).ErrorsByBlockId.Keys);
    }

    [Fact]
    public void Unscheduled_draft_is_accepted()
    {
        var result = Read(Values(date: null, time: null, zone: null, links: null, notes: null));

        Assert.True(result.Succeeded);
        Assert.Equal((null, null, null, null), (result.Value.ScheduledDate, result.Value.ScheduledTime, result.Value.TimeZoneId, result.Value.SourcesAndNotes));
        Assert.Empty(result.Value.Links);
    }

    [Theory]
    [InlineData("05/03/2026", "09:30")]
    [InlineData("2026-03-05", "9h30")]
    public void Unreadable_date_or_time_is_a_field_error(string date, string time)
    {
        Assert.False(Read(Values(date: date, time: time)).Succeeded);
    }

    [Theory]
    [InlineData("{not json", NewDraftModal.CallbackId)]
    [InlineData("{\"revising\":\"\"}", NewDraftModal.CallbackId)]
    [InlineData("", "something_else")]
    public void Foreign_or_broken_modal_is_a_field_error(string metadata, string callbackId)
    {
        var result = Read(Values(), metadata, callbackId);

        Assert.Contains("out of date", result.ErrorsByBlockId[Block(NewDraftField.Text)]);
    }

    [Fact]
    public void Core_refusals_are_shown_under_the_named_fields()
    {
        var answer = NewDraftModal.ErrorsFor(new Dictionary<NewDraftField, string> { [NewDraftField.Account] = "You may not post for this account." });

        Assert.Equal("errors", (string?)answer.Body!["response_action"]);
        Assert.Equal("You may not post for this account.", (string?)answer.Body["errors"]![Block(NewDraftField.Account)]);
    }

    [Fact]
    public void Posting_policy_link_is_shown_when_given()
    {
        var json = NewDraftModal.Build(ViewModels.DraftModal(policy: new Uri("https://acme.example/policy"))).ToJson();

        Assert.Contains("<https://acme.example/policy|posting policy>", Rendered.Text(json));
    }

    [Fact]
    public void Prefill_longer_than_a_slack_text_box_is_left_out_with_a_note()
    {
        var json = NewDraftModal.Build(ViewModels.DraftModal(Filled with { Text = new string('t', 4000) })).ToJson();

        var text = json["blocks"]!.AsArray().Single(b => (string?)b!["block_id"] == Block(NewDraftField.Text))!;
        Assert.Null(text["element"]!["initial_value"]);
        Assert.Contains("could not be filled in", Rendered.Text(json));
    }

    [Fact]
    public void Maximal_input_stays_within_slacks_limits()
    {
        var many = Enumerable.Range(0, 100).Select(i => new DraftChoice($"id-{i}-{new string('x', 140)}", ViewModels.Hostile(200))).ToList();
        var prefill = new NewDraftSubmission(new string('d', 2000), many[7].Id, ViewModels.Hostile(3000),
            Enumerable.Range(0, 100).Select(i => new Uri($"https://acme.example/{i}")).ToList(), ViewModels.Hostile(3000), null, null, many[9].Id);

        var view = NewDraftModal.Build(new NewDraftModalModel(many, many, many[3].Id, prefill, new Uri("https://acme.example/policy?a=<b>")));

        BlockKitAudit.AssertModal(view.ToJson());
    }

    [Fact]
    public void More_than_100_accounts_is_refused()
    {
        var many = Enumerable.Range(0, 101).Select(i => new DraftChoice($"id-{i}", "x")).ToList();

        Assert.Throws<BlockKitLimitException>(() => NewDraftModal.Build(ViewModels.DraftModal() with { Accounts = many }));
    }
}
