using PostApprovalBot.Slack.Views.Drafts;

namespace PostApprovalBot.Integration.Tests.Slack;

/// <summary>Interactivity payloads shaped like Slack's, built from what the bot really sent (messages, views).</summary>
public static class SlackPayloads
{
    public static JsonObject MessageClick(SlackTestUser user, SlackStandInMessage message, JsonObject button, string triggerId) => new()
    {
        ["type"] = "block_actions",
        ["user"] = User(user),
        ["api_app_id"] = SlackSignedRequests.AppId,
        ["team"] = new JsonObject { ["id"] = SlackSignedRequests.TeamId, ["domain"] = "contoso" },
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = message.Ts, ["channel_id"] = message.Channel, ["is_ephemeral"] = false },
        ["trigger_id"] = triggerId,
        ["channel"] = new JsonObject { ["id"] = message.Channel, ["name"] = "directmessage" },
        ["message"] = new JsonObject { ["type"] = "message", ["ts"] = message.Ts, ["text"] = message.Current["text"]?.DeepClone(), ["blocks"] = message.Blocks.DeepClone() },
        ["response_url"] = "https://hooks.slack.com/actions/T0CONTOSO/1/xyz",
        ["actions"] = new JsonArray(Action(button)),
    };

    public static JsonObject HomeClick(SlackTestUser user, JsonObject home, JsonObject button, string triggerId) => new()
    {
        ["type"] = "block_actions",
        ["user"] = User(user),
        ["api_app_id"] = SlackSignedRequests.AppId,
        ["team"] = new JsonObject { ["id"] = SlackSignedRequests.TeamId, ["domain"] = "contoso" },
        ["container"] = new JsonObject { ["type"] = "view", ["view_id"] = "VH" + user.UserId },
        ["trigger_id"] = triggerId,
        ["view"] = WithId((JsonObject)home.DeepClone(), "VH" + user.UserId),
        ["actions"] = new JsonArray(Action(button)),
    };

    public static JsonObject ViewSubmission(SlackTestUser user, JsonObject view, JsonObject values) => new()
    {
        ["type"] = "view_submission",
        ["user"] = User(user),
        ["api_app_id"] = SlackSignedRequests.AppId,
        ["team"] = new JsonObject { ["id"] = SlackSignedRequests.TeamId, ["domain"] = "contoso" },
        ["trigger_id"] = "submission." + Guid.NewGuid().ToString("N"),
        ["view"] = new JsonObject
        {
            ["id"] = view["id"]?.DeepClone() ?? "V0",
            ["type"] = "modal",
            ["callback_id"] = view["callback_id"]?.DeepClone(),
            ["private_metadata"] = view["private_metadata"]?.DeepClone() ?? "",
            ["hash"] = "hash." + Guid.NewGuid().ToString("N")[..8],
            ["state"] = new JsonObject { ["values"] = values },
        },
    };

    /// <summary>The draft modal's state as Slack sends it: block id → the input's action id → its value.</summary>
    public static JsonObject DraftForm(JsonObject view, string account, string text, string? date = null, string? time = null, string? zone = null)
    {
        var values = new JsonObject();
        Fill(values, view, NewDraftField.Account, new JsonObject { ["type"] = "static_select", ["selected_option"] = Option(account) });
        Fill(values, view, NewDraftField.Text, new JsonObject { ["type"] = "plain_text_input", ["value"] = text });
        Fill(values, view, NewDraftField.Links, new JsonObject { ["type"] = "plain_text_input", ["value"] = null });
        Fill(values, view, NewDraftField.SourcesAndNotes, new JsonObject { ["type"] = "plain_text_input", ["value"] = null });
        Fill(values, view, NewDraftField.ScheduledDate, new JsonObject { ["type"] = "datepicker", ["selected_date"] = date });
        Fill(values, view, NewDraftField.ScheduledTime, new JsonObject { ["type"] = "timepicker", ["selected_time"] = time });
        Fill(values, view, NewDraftField.TimeZone, new JsonObject { ["type"] = "static_select", ["selected_option"] = zone is null ? null : Option(zone) });
        return values;
    }

    /// <summary>
    /// The comment modal's state: the comment, and the suggested text field as the approver left it (its prefill when
    /// <paramref name="suggestion"/> is null, as Slack sends an untouched initial value).
    /// </summary>
    public static JsonObject CommentForm(JsonObject view, string comment, string? suggestion = null)
    {
        var inputs = view["blocks"]!.AsArray().OfType<JsonObject>().Where(b => b["type"]!.GetValue<string>() == "input").ToList();
        var values = new JsonObject();
        foreach (var input in inputs)
        {
            var blockId = input["block_id"]!.GetValue<string>();
            var element = input["element"]!;
            var value = blockId == "comment" ? comment : suggestion ?? element["initial_value"]?.GetValue<string>();
            values[blockId] = new JsonObject { [element["action_id"]!.GetValue<string>()] = new JsonObject { ["type"] = "plain_text_input", ["value"] = value } };
        }
        return values;
    }

    public static JsonObject Action(JsonObject button) => new()
    {
        ["action_id"] = button["action_id"]!.DeepClone(),
        ["block_id"] = "b" + Guid.NewGuid().ToString("N")[..6],
        ["text"] = button["text"]!.DeepClone(),
        ["value"] = button["value"]?.DeepClone(),
        ["type"] = "button",
        ["action_ts"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + ".000100",
    };

    private static void Fill(JsonObject values, JsonObject view, NewDraftField field, JsonObject value)
    {
        var blockId = NewDraftModal.BlockIdOf(field);
        var input = view["blocks"]!.AsArray().OfType<JsonObject>().Single(b => b["block_id"]?.GetValue<string>() == blockId);
        values[blockId] = new JsonObject { [input["element"]!["action_id"]!.GetValue<string>()] = value };
    }

    private static JsonObject Option(string value) => new() { ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = value }, ["value"] = value };

    private static JsonObject User(SlackTestUser user) => new()
    {
        ["id"] = user.UserId, ["username"] = user.RealName.ToLowerInvariant(), ["name"] = user.RealName.ToLowerInvariant(), ["team_id"] = SlackSignedRequests.TeamId,
    };

    private static JsonObject WithId(JsonObject view, string id)
    {
        view["id"] = id;
        return view;
    }
}
