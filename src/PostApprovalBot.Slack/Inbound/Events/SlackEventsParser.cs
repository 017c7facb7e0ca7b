using System.Text.Json;

namespace PostApprovalBot.Slack.Inbound.Events;

/// <summary>Reads an Events API body (JSON) after its signature has been verified.</summary>
public static class SlackEventsParser
{
    public static SlackParseResult<SlackEventsPayload> Parse(ReadOnlySpan<byte> body) =>
        JsonFields.Parse<SlackEventsPayload>(body, root => JsonFields.RequiredString(root, "type") switch
        {
            "url_verification" => new UrlVerificationRequest(JsonFields.RequiredString(root, "challenge")),
            "event_callback" => ReadCallback(root),
            var other => new UnknownEventsPayload(other),
        });

    private static EventCallback ReadCallback(JsonElement root)
    {
        var inner = JsonFields.RequiredObject(root, "event");
        var slackEvent = new SlackEvent(
            Type: JsonFields.RequiredString(inner, "type"),
            Subtype: JsonFields.OptionalString(inner, "subtype"),
            User: JsonFields.OptionalString(inner, "user"),
            Channel: JsonFields.OptionalString(inner, "channel"),
            ChannelType: JsonFields.OptionalString(inner, "channel_type"),
            Text: JsonFields.OptionalString(inner, "text"),
            BotId: JsonFields.OptionalString(inner, "bot_id"),
            Tab: JsonFields.OptionalString(inner, "tab"),
            Ts: JsonFields.OptionalString(inner, "ts"));
        return new EventCallback(
            JsonFields.RequiredString(root, "event_id"),
            JsonFields.RequiredString(root, "team_id"),
            JsonFields.OptionalString(root, "api_app_id"),
            slackEvent);
    }
}
