using PostApprovalBot.Slack.BlockKit;

namespace PostApprovalBot.Slack.Tests.BlockKit;

[Trait("Category", "Slack")]
public sealed class BlockBuilderTests
{
    [Fact]
    public void Section_text_longer_than_3000_is_cut_with_an_ellipsis()
    {
        var section = new SectionBlock(new PlainText(new string('a', 3001)));

        Assert.Equal(3000, section.Text!.Text.Length);
        Assert.EndsWith("…", section.Text.Text);
    }

    [Fact]
    public void Text_within_the_limit_is_left_alone()
    {
        var text = new string('a', 3000);

        Assert.Equal(text, new SectionBlock(new PlainText(text)).Text!.Text);
    }

    [Fact]
    public void Truncated_mrkdwn_never_ends_inside_an_entity()
    {
        var markup = SlackMrkdwn.Escape(new string('&', 1000));

        var text = new SectionBlock(new MrkdwnText(markup)).Text!.Text;

        Assert.True(text.Length <= 3000);
        Assert.EndsWith("&amp;…", text);
    }

    [Fact]
    public void Truncated_mrkdwn_never_ends_inside_a_mention()
    {
        var markup = new string('a', 2995) + "<@U12345678>";

        var text = new SectionBlock(new MrkdwnText(markup)).Text!.Text;

        Assert.Equal(new string('a', 2995) + "…", text);
    }

    [Fact]
    public void Truncation_never_splits_a_surrogate_pair()
    {
        var text = new string('a', 73) + "😀😀";

        var button = new ButtonElement(text, "act");

        Assert.Equal(new string('a', 73) + "…", button.Text.Text);
    }

    [Fact]
    public void Eleven_fields_are_refused()
    {
        var fields = Enumerable.Range(0, 11).Select(i => (TextObject)new PlainText($"f{i}"));

        var error = Assert.Throws<BlockKitLimitException>(() => new SectionBlock(null, fields));

        Assert.Equal((10, 11), (error.Limit, error.Actual));
    }

    [Fact]
    public void Field_text_is_cut_to_2000()
    {
        var section = new SectionBlock(null, [new PlainText(new string('x', 2500))]);

        Assert.Equal(2000, section.Fields[0].Text.Length);
    }

    [Fact]
    public void Button_text_is_cut_to_75_and_styles_serialise()
    {
        var primary = new ButtonElement(new string('b', 80), "approve", "v", ButtonStyle.Primary).ToJson();
        var danger = new ButtonElement("Reject", "reject", "v", ButtonStyle.Danger).ToJson();
        var plain = new ButtonElement("Later", "later").ToJson();

        Assert.Equal(75, ((string?)primary["text"]!["text"])!.Length);
        Assert.Equal("primary", (string?)primary["style"]);
        Assert.Equal("danger", (string?)danger["style"]);
        Assert.False(plain.ContainsKey("style"));
        Assert.False(plain.ContainsKey("value"));
    }

    [Fact]
    public void Oversized_action_id_is_refused()
    {
        Assert.Throws<BlockKitLimitException>(() => new ButtonElement("Go", new string('a', 256)));
    }

    [Fact]
    public void Oversized_button_value_is_refused_not_cut()
    {
        Assert.Throws<BlockKitLimitException>(() => new ButtonElement("Go", "go", new string('v', 2001)));
    }

    [Fact]
    public void Header_is_cut_to_150()
    {
        Assert.Equal(150, new HeaderBlock(new string('h', 200)).Text.Text.Length);
    }

    [Fact]
    public void Oversized_block_id_is_refused()
    {
        Assert.Throws<BlockKitLimitException>(() => new DividerBlock(new string('b', 256)));
    }

    [Fact]
    public void Static_select_checks_its_options()
    {
        var tooMany = Enumerable.Range(0, 101).Select(i => new SelectOption($"o{i}", $"v{i}"));

        Assert.Throws<BlockKitLimitException>(() => new StaticSelectElement("pick", tooMany));
        Assert.Throws<BlockKitLimitException>(() => new SelectOption("o", new string('v', 151)));
        Assert.Throws<ArgumentException>(() => new StaticSelectElement("pick", [new SelectOption("a", "1"), new SelectOption("b", "1")]));
        Assert.Throws<ArgumentException>(() => new StaticSelectElement("pick", [new SelectOption("a", "1")], initialValue: "2"));
    }

    [Fact]
    public void Static_select_serialises_its_initial_option()
    {
        var json = new StaticSelectElement("pick", [new SelectOption("A", "1"), new SelectOption("B", "2")], initialValue: "2", placeholder: "Pick").ToJson();

        Assert.Equal("static_select", (string?)json["type"]);
        Assert.Equal("2", (string?)json["initial_option"]!["value"]);
        Assert.Equal(2, json["options"]!.AsArray().Count);
    }

    [Fact]
    public void Text_input_refuses_a_prefill_longer_than_its_maximum()
    {
        Assert.Throws<BlockKitLimitException>(() => new PlainTextInputElement("t", initialValue: new string('x', 3001)));
        Assert.Throws<BlockKitLimitException>(() => new PlainTextInputElement("t", maxLength: 3001));
    }

    [Fact]
    public void Pickers_serialise_dates_and_times_in_slacks_formats()
    {
        var date = new DatePickerElement("d", new DateOnly(2026, 3, 5)).ToJson();
        var time = new TimePickerElement("t", new TimeOnly(9, 5)).ToJson();

        Assert.Equal(("datepicker", "2026-03-05"), ((string?)date["type"], (string?)date["initial_date"]));
        Assert.Equal(("timepicker", "09:05"), ((string?)time["type"], (string?)time["initial_time"]));
    }

    [Fact]
    public void Input_block_serialises_label_element_and_optional()
    {
        var json = new InputBlock("Post text", new PlainTextInputElement("value", multiline: true), "draft_text", optional: true, hint: "Hint").ToJson();

        Assert.Equal(("input", "draft_text", true), ((string?)json["type"], (string?)json["block_id"], (bool?)json["optional"]));
        Assert.Equal("Post text", (string?)json["label"]!["text"]);
        Assert.True((bool?)json["element"]!["multiline"]);
    }

    [Fact]
    public void Mrkdwn_is_verbatim_so_user_urls_are_not_linked()
    {
        var json = MrkdwnText.FromUserText("see <https://evil.example|bank>").ToJson();

        Assert.Equal("see &lt;https://evil.example|bank&gt;", (string?)json["text"]);
        Assert.True((bool?)json["verbatim"]);
    }
}
