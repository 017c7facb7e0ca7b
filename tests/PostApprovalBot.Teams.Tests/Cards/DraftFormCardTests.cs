using PostApprovalBot.Teams.Activities;
using PostApprovalBot.Teams.Cards.Views;

namespace PostApprovalBot.Teams.Tests.Cards;

[Trait("Category", "Teams")]
public sealed class DraftFormCardTests
{
    private static readonly DraftFormView NewDraft = new(CardGallery.Accounts, CardGallery.TimeZones);

    [Fact]
    public void New_form_offers_every_field_under_its_documented_input_id()
    {
        var card = DraftFormCard.Build(NewDraft).ToJson();

        var inputs = card.Descendants().Where(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true)
            .ToDictionary(o => (string)o["id"]!, o => (string)o["type"]!);
        Assert.Equal(
            new Dictionary<string, string>
            {
                [DraftFormInputIds.Account] = "Input.ChoiceSet",
                [DraftFormInputIds.Text] = "Input.Text",
                [DraftFormInputIds.Links] = "Input.Text",
                [DraftFormInputIds.SourcesAndNotes] = "Input.Text",
                [DraftFormInputIds.ScheduledDate] = "Input.Date",
                [DraftFormInputIds.ScheduledTime] = "Input.Time",
                [DraftFormInputIds.TimeZone] = "Input.ChoiceSet",
            },
            inputs);
    }

    [Fact]
    public void Post_text_is_required_multiline_and_bounded()
    {
        var text = DraftFormCard.Build(NewDraft with { TextMaxLength = 280 }).ToJson().OfType("Input.Text").Single(i => (string?)i["id"] == DraftFormInputIds.Text);

        Assert.Equal((true, true, 280), ((bool)text["isRequired"]!, (bool)text["isMultiline"]!, (int)text["maxLength"]!));
        Assert.False(string.IsNullOrEmpty((string?)text["errorMessage"]));
    }

    [Fact]
    public void Accounts_are_offered_by_name_and_platform_and_sent_by_id()
    {
        var account = DraftFormCard.Build(NewDraft).ToJson().OfType("Input.ChoiceSet").Single(i => (string?)i["id"] == DraftFormInputIds.Account);

        Assert.Equal(("Contoso News (X)", "acc-x"), ((string)account["choices"]![1]!["title"]!, (string)account["choices"]![1]!["value"]!));
    }

    [Fact]
    public void New_form_submits_without_draft_data()
    {
        var submit = DraftFormCard.Build(NewDraft).ToJson().OfType("Action.Execute").Single();

        Assert.Equal((CardVerbs.SubmitDraft, "auto"), ((string)submit["verb"]!, (string)submit["associatedInputs"]!));
        Assert.Empty(submit["data"]!.AsObject());
    }

    [Fact]
    public void Revision_form_is_prefilled_and_names_the_draft_and_revision()
    {
        var view = NewDraft with
        {
            DraftId = "D-7", Revision = 3,
            Prefill = new DraftFormValues { Text = "Hello", Links = ["https://a.example", "https://b.example"], ScheduledDate = new DateOnly(2025, 3, 4), ScheduledTime = new TimeOnly(9, 30) },
        };

        var card = DraftFormCard.Build(view).ToJson();

        Assert.Equal("Revise draft D-7", card.Texts().First());
        Assert.Equal("https://a.example\nhttps://b.example", (string?)card.OfType("Input.Text").Single(i => (string?)i["id"] == DraftFormInputIds.Links)["value"]);
        Assert.Equal("2025-03-04", (string?)card.OfType("Input.Date").Single()["value"]);
        Assert.Equal("09:30", (string?)card.OfType("Input.Time").Single()["value"]);
        var data = card.OfType("Action.Execute").Single()["data"]!;
        Assert.Equal(("D-7", "3"), ((string)data["draftId"]!, (string)data["revision"]!));
    }

    [Fact]
    public void Field_errors_appear_right_under_their_field_in_attention_colour()
    {
        var view = NewDraft with { FieldErrors = new Dictionary<DraftFormField, string> { [DraftFormField.Text] = "Too long for X." } };

        var body = DraftFormCard.Build(view).ToJson()["body"]!.AsArray();

        var textIndex = body.ToList().FindIndex(e => (string?)e!["id"] == DraftFormInputIds.Text);
        Assert.Equal(("Too long for X.", "attention"), ((string)body[textIndex + 1]!["text"]!, (string)body[textIndex + 1]!["color"]!));
    }

    [Fact]
    public void Posting_policy_is_linked_when_given()
    {
        var view = NewDraft with { PostingPolicy = new PolicyLink("Posting policy", new Uri("https://contoso.example/policy")) };

        var link = DraftFormCard.Build(view).ToJson().OfType("Action.OpenUrl").Single();

        Assert.Equal("https://contoso.example/policy", (string?)link["url"]);
    }

    [Fact]
    public void Submission_is_read_back_typed_from_the_invoke_data()
    {
        var request = new AdaptiveCardActionRequest(CardVerbs.SubmitDraft, null, new JsonObject
        {
            ["draftId"] = "D-7", ["revision"] = "3", ["accountId"] = "acc-x", ["text"] = "  Hello world  ",
            ["links"] = "https://a.example\r\nhttps://b.example \n", ["sourcesAndNotes"] = "",
            ["scheduledDate"] = "2025-03-04", ["scheduledTime"] = "09:30", ["timeZoneId"] = "Europe/Berlin",
        }, ActionTrigger.Manual);

        var submission = DraftFormSubmission.Read(request)!;

        Assert.Equal(("D-7", 3), (submission.DraftId, submission.Revision));
        var values = submission.Values;
        Assert.Equal(("acc-x", "Hello world", null), (values.AccountId, values.Text, values.SourcesAndNotes));
        Assert.Equal(["https://a.example", "https://b.example"], values.Links);
        Assert.Equal((new DateOnly(2025, 3, 4), new TimeOnly(9, 30), "Europe/Berlin"), (values.ScheduledDate, values.ScheduledTime, values.TimeZoneId));
    }

    [Fact]
    public void Unreadable_date_and_time_arrive_as_missing_for_the_core_to_refuse()
    {
        var request = new AdaptiveCardActionRequest(CardVerbs.SubmitDraft, null, new JsonObject { ["scheduledDate"] = "04/03/2025", ["scheduledTime"] = "9am" }, ActionTrigger.Manual);

        var values = DraftFormSubmission.Read(request)!.Values;

        Assert.Equal((null, null), (values.ScheduledDate, values.ScheduledTime));
    }

    [Fact]
    public void Other_verbs_are_not_form_submissions()
    {
        Assert.Null(DraftFormSubmission.Read(new AdaptiveCardActionRequest(CardVerbs.Approve, null, [], ActionTrigger.Manual)));
    }
}
