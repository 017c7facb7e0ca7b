using System.Text;
using System.Text.Json;

namespace PostApprovalBot.Slack.Inbound.Interactions;

/// <summary>Reads an interactivity body (form field <c>payload</c> holding JSON) after its signature has been verified.</summary>
public static class SlackInteractionParser
{
    public static SlackParseResult<SlackInteraction> Parse(ReadOnlySpan<byte> body)
    {
        string payload;
        try
        {
            payload = FormFields.Parse(body).Required("payload");
        }
        catch (SlackPayloadException ex)
        {
            return SlackParseResult<SlackInteraction>.Failure(ex.Message);
        }
        return JsonFields.Parse<SlackInteraction>(Encoding.UTF8.GetBytes(payload), Read);
    }

    private static SlackInteraction Read(JsonElement root)
    {
        var type = JsonFields.RequiredString(root, "type");
        var userId = JsonFields.RequiredString(JsonFields.RequiredObject(root, "user"), "id");
        var teamId = JsonFields.OptionalObject(root, "team") is { } team ? JsonFields.OptionalString(team, "id") : null;
        var triggerId = JsonFields.OptionalString(root, "trigger_id");
        return type switch
        {
            "block_actions" => ReadBlockActions(root, userId, teamId, triggerId),
            "view_submission" => new ViewSubmissionInteraction(userId, teamId, triggerId, ViewReader.Read(JsonFields.RequiredObject(root, "view"))),
            _ => new UnknownInteraction(type, userId, teamId, triggerId),
        };
    }

    private static BlockActionsInteraction ReadBlockActions(JsonElement root, string userId, string? teamId, string? triggerId)
    {
        var actions = JsonFields.OptionalArray(root, "actions").Select(ReadAction).ToList();
        if (actions.Count == 0)
        {
            throw new SlackPayloadException("'actions' is empty.");
        }
        var container = ReadContainer(JsonFields.RequiredObject(root, "container"));
        var channelId = JsonFields.OptionalObject(root, "channel") is { } channel ? JsonFields.OptionalString(channel, "id") : container.ChannelId;
        var messageTs = JsonFields.OptionalObject(root, "message") is { } message ? JsonFields.OptionalString(message, "ts") : container.MessageTs;
        var responseUrl = JsonFields.OptionalString(root, "response_url") is { } url ? ReadHttpsUrl(url) : null;
        var view = JsonFields.OptionalObject(root, "view") is { } v ? ViewReader.Read(v) : null;
        return new BlockActionsInteraction(userId, teamId, triggerId, actions, container, channelId, messageTs, responseUrl, view);
    }

    private static BlockAction ReadAction(JsonElement action)
    {
        if (action.ValueKind != JsonValueKind.Object)
        {
            throw new SlackPayloadException("An entry of 'actions' is not an object.");
        }
        var selected = JsonFields.OptionalObject(action, "selected_option") is { } option ? JsonFields.OptionalString(option, "value") : null;
        return new BlockAction(
            JsonFields.RequiredString(action, "action_id"),
            JsonFields.OptionalString(action, "block_id") ?? "",
            JsonFields.OptionalString(action, "type") ?? "",
            JsonFields.OptionalString(action, "value"),
            selected);
    }

    private static InteractionContainer ReadContainer(JsonElement container) => new(
        JsonFields.RequiredString(container, "type"),
        JsonFields.OptionalString(container, "channel_id"),
        JsonFields.OptionalString(container, "message_ts"),
        JsonFields.OptionalString(container, "view_id"),
        JsonFields.OptionalBool(container, "is_ephemeral"));

    private static Uri ReadHttpsUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps
            ? url
            : throw new SlackPayloadException("'response_url' is not an https URL.");
}
