using PostApprovalBot.Slack.Inbound.Commands;

namespace PostApprovalBot.Slack.Tests.Inbound;

[Trait("Category", "Slack")]
public sealed class SlashCommandParserTests
{
    private const string Body =
        "team_id=T111&team_domain=acme&channel_id=C555&channel_name=general&user_id=U333&user_name=ana"
        + "&command=%2Fpost&text=%20new%20draft%20&api_app_id=A222"
        + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT111%2F1%2Fabc&trigger_id=13345224609.738474920.8088930838d88f008e0";

    [Fact]
    public void Form_fields_become_a_slash_command()
    {
        var result = SlashCommandParser.Parse(SlackPayloads.Utf8(Body));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(
            new SlashCommand("T111", "C555", "U333", "ana", "/post", "new draft",
                new Uri("https://hooks.slack.com/commands/T111/1/abc"), "13345224609.738474920.8088930838d88f008e0", "A222"),
            result.Value);
    }

    [Fact]
    public void Official_signing_vector_body_parses_as_a_command()
    {
        var result = SlashCommandParser.Parse(SlackPayloads.Utf8(SigningVector.Load().Body));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("/webhook-collect", result.Value.Command);
        Assert.Equal("", result.Value.Text);
        Assert.Null(result.Value.ApiAppId);
    }

    [Theory]
    [InlineData("team_id")]
    [InlineData("channel_id")]
    [InlineData("user_id")]
    [InlineData("command")]
    [InlineData("trigger_id")]
    [InlineData("response_url")]
    public void Command_without_a_required_field_is_a_parse_failure(string field)
    {
        var body = string.Join('&', Body.Split('&').Where(pair => !pair.StartsWith(field + "=", StringComparison.Ordinal)));

        var result = SlashCommandParser.Parse(SlackPayloads.Utf8(body));

        Assert.False(result.Succeeded);
        Assert.Contains(field, result.Error);
    }

    [Fact]
    public void Repeated_user_id_is_a_parse_failure()
    {
        var result = SlashCommandParser.Parse(SlackPayloads.Utf8(Body + "&user_id=U999"));

        Assert.False(result.Succeeded);
        Assert.Contains("user_id", result.Error);
    }

    [Fact]
    public void Response_url_that_is_not_https_is_a_parse_failure()
    {
        var body = Body.Replace("https%3A", "http%3A", StringComparison.Ordinal);

        Assert.False(SlashCommandParser.Parse(SlackPayloads.Utf8(body)).Succeeded);
    }

    [Fact]
    public void Body_that_is_not_utf8_is_a_parse_failure()
    {
        var result = SlashCommandParser.Parse([0x74, 0x3D, 0xC3, 0x28]);

        Assert.False(result.Succeeded);
    }
}
