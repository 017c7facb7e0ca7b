using PostApprovalBot.Teams.Cards;

namespace PostApprovalBot.Teams.Tests.Cards;

[Trait("Category", "Teams")]
public sealed class CardElementTests
{
    [Fact]
    public void Enum_values_are_written_as_the_schema_spells_them()
    {
        var json = new TextBlock("x") { Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = TextColor.Attention, Spacing = Spacing.None }.ToJson();

        Assert.Equal(("extraLarge", "bolder", "attention", "none"), ((string)json["size"]!, (string)json["weight"]!, (string)json["color"]!, (string)json["spacing"]!));
    }

    [Fact]
    public void Unset_optional_properties_are_left_out()
    {
        var json = new TextBlock("x").ToJson();

        Assert.Equal(["type", "text", "wrap"], json.Select(p => p.Key));
    }

    [Fact]
    public void Inputs_carry_id_label_validation_and_limits()
    {
        var json = new TextInput("comment", "Comment") { IsMultiline = true, MaxLength = 500, IsRequired = true, ErrorMessage = "Say why." }.ToJson();

        Assert.Equal(("Input.Text", "comment", "Comment", true, 500, true, "Say why."), (
            (string)json["type"]!, (string)json["id"]!, (string)json["label"]!, (bool)json["isMultiline"]!, (int)json["maxLength"]!, (bool)json["isRequired"]!, (string)json["errorMessage"]!));
    }

    [Fact]
    public void Date_and_time_inputs_use_the_wire_formats()
    {
        var date = new DateInput("d", "Date") { Value = new DateOnly(2025, 1, 9), Min = new DateOnly(2025, 1, 1) }.ToJson();
        var time = new TimeInput("t", "Time") { Value = new TimeOnly(7, 5) }.ToJson();

        Assert.Equal(("2025-01-09", "2025-01-01", "07:05"), ((string)date["value"]!, (string)date["min"]!, (string)time["value"]!));
    }

    [Fact]
    public void Choice_set_is_compact_unless_asked_otherwise()
    {
        var json = new ChoiceSetInput("tz", "Time zone", [new Choice("Berlin", "Europe/Berlin")]).ToJson();

        Assert.Equal(("compact", "Berlin", "Europe/Berlin"), ((string)json["style"]!, (string)json["choices"]![0]!["title"]!, (string)json["choices"]![0]!["value"]!));
    }

    [Fact]
    public void Execute_action_carries_verb_data_and_associated_inputs()
    {
        var json = new ExecuteAction("Approve", "approve")
        {
            Data = new Dictionary<string, string> { ["draftId"] = "D-1" },
            AssociatedInputs = AssociatedInputs.Auto,
            Style = ActionStyle.Positive,
        }.ToJson();

        Assert.Equal(("Action.Execute", "approve", "D-1", "auto", "positive"), (
            (string)json["type"]!, (string)json["verb"]!, (string)json["data"]!["draftId"]!, (string)json["associatedInputs"]!, (string)json["style"]!));
    }

    [Fact]
    public void Show_card_nests_a_card_without_its_own_schema()
    {
        var json = new ShowCardAction("More", new AdaptiveCard([new TextBlock("detail")])).ToJson();

        Assert.Equal("AdaptiveCard", (string?)json["card"]!["type"]);
        Assert.Null(json["card"]!["$schema"]);
        Assert.Null(json["card"]!["version"]);
    }

    [Theory]
    [InlineData("auto", "\"auto\"")]
    [InlineData("stretch", "\"stretch\"")]
    [InlineData("2", "2")]
    public void Column_width_is_a_keyword_or_a_weight(string width, string expectedJson)
    {
        Assert.Equal(expectedJson, new Column([new TextBlock("x")]) { Width = width }.ToJson()["width"]!.ToJsonString());
    }

    [Fact]
    public void Container_style_and_bleed_mark_a_banner()
    {
        var json = new Container([new TextBlock("Approved")]) { Style = ContainerStyle.Good, Bleed = true }.ToJson();

        Assert.Equal(("good", true), ((string)json["style"]!, (bool)json["bleed"]!));
    }

    [Fact]
    public void Building_the_same_card_twice_gives_independent_identical_json()
    {
        var card = new AdaptiveCard([new FactSet([new Fact("a", "b")])]) { Actions = [new OpenUrlAction("Policy", new Uri("https://contoso.example/p"))] };

        var first = card.ToJson();
        first["body"]!.AsArray().Clear();

        Assert.NotEqual(first.ToJsonString(), card.ToJsonString());
        Assert.Equal(card.ToJsonString(), card.ToJsonString());
    }

    [Fact]
    public void Card_with_refresh_lists_user_ids()
    {
        var refresh = new CardRefresh(new ExecuteAction("Refresh", "refresh"), ["29:a"]);

        var json = new AdaptiveCard([new TextBlock("x")]) { Refresh = refresh }.ToJson();

        Assert.Equal("29:a", (string?)json["refresh"]!["userIds"]![0]);
        Assert.IsType<JsonObject>(json["refresh"]!["action"]);
    }
}
