namespace PostApprovalBot.Slack.Inbound.Commands;

/// <summary>Reads a slash command's form body after its signature has been verified.</summary>
public static class SlashCommandParser
{
    public static SlackParseResult<SlashCommand> Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            var form = FormFields.Parse(body);
            return SlackParseResult<SlashCommand>.Success(new SlashCommand(
                TeamId: form.Required("team_id"),
                ChannelId: form.Required("channel_id"),
                UserId: form.Required("user_id"),
                UserName: form.Optional("user_name"),
                Command: form.Required("command"),
                Text: (form.Optional("text") ?? "").Trim(),
                ResponseUrl: form.RequiredHttpsUrl("response_url"),
                TriggerId: form.Required("trigger_id"),
                ApiAppId: form.Optional("api_app_id")));
        }
        catch (SlackPayloadException ex)
        {
            return SlackParseResult<SlashCommand>.Failure(ex.Message);
        }
    }
}
