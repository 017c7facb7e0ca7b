using System.Text;

namespace PostApprovalBot.Slack.Tests.Support;

/// <summary>Inbound bodies shaped like Slack's, built as JSON nodes so tests can vary one field at a time.</summary>
internal static class SlackPayloads
{
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Json(JsonNode node) => Utf8(node.ToJsonString());

    public static byte[] InteractionForm(JsonNode payload) => Utf8("payload=" + Uri.EscapeDataString(payload.ToJsonString()));

    public static JsonObject EventCallback(string eventId = "Ev0123ABC") => new()
    {
        ["token"] = "legacy",
        ["team_id"] = "T111",
        ["api_app_id"] = "A222",
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1772445600,
        ["event"] = new JsonObject
        {
            ["type"] = "message",
            ["user"] = "U333",
            ["channel"] = "D444",
            ["channel_type"] = "im",
            ["text"] = "hello <@U999>",
            ["ts"] = "1772445600.000100",
        },
    };

    public static JsonObject BlockActions(string actionId = "approval_approve", string? value = "v") => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = "U333", ["username"] = "ana" },
        ["team"] = new JsonObject { ["id"] = "T111" },
        ["api_app_id"] = "A222",
        ["trigger_id"] = "trig.1",
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1772445600.000200", ["channel_id"] = "C555", ["is_ephemeral"] = false },
        ["channel"] = new JsonObject { ["id"] = "C555", ["name"] = "approvals" },
        ["message"] = new JsonObject { ["ts"] = "1772445600.000200", ["text"] = "Approval needed" },
        ["response_url"] = "https://hooks.slack.com/actions/T111/1/abc",
        ["actions"] = new JsonArray(new JsonObject
        {
            ["action_id"] = actionId,
            ["block_id"] = "approval_actions",
            ["type"] = "button",
            ["value"] = value,
            ["action_ts"] = "1772445601.000300",
        }),
    };

    public static JsonObject ViewSubmission(string callbackId, string privateMetadata, JsonObject values) => new()
    {
        ["type"] = "view_submission",
        ["user"] = new JsonObject { ["id"] = "U333" },
        ["team"] = new JsonObject { ["id"] = "T111" },
        ["trigger_id"] = "trig.2",
        ["view"] = new JsonObject
        {
            ["id"] = "V777",
            ["type"] = "modal",
            ["callback_id"] = callbackId,
            ["private_metadata"] = privateMetadata,
            ["hash"] = "h.1",
            ["state"] = new JsonObject { ["values"] = values },
        },
    };

    public static JsonObject TextValue(string? value) => new() { ["type"] = "plain_text_input", ["value"] = value };

    public static JsonObject SelectValue(string? value) => new()
    {
        ["type"] = "static_select",
        ["selected_option"] = value is null ? null : new JsonObject { ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = value }, ["value"] = value },
    };

    public static JsonObject DateValue(string? date) => new() { ["type"] = "datepicker", ["selected_date"] = date };

    public static JsonObject TimeValue(string? time) => new() { ["type"] = "timepicker", ["selected_time"] = time };

    public static JsonObject Block(string actionId, JsonObject value) => new() { [actionId] = value };
}
