using System.Text.Json;

namespace PostApprovalBot.Slack.Inbound.Interactions;

/// <summary>Reads a <c>view</c> object and its <c>state.values</c> from an interactivity payload.</summary>
internal static class ViewReader
{
    public static SubmittedView Read(JsonElement view) => new(
        JsonFields.RequiredString(view, "id"),
        JsonFields.OptionalString(view, "callback_id") ?? "",
        JsonFields.OptionalString(view, "private_metadata") ?? "",
        JsonFields.OptionalString(view, "hash"),
        ReadState(view));

    private static ViewStateValues ReadState(JsonElement view)
    {
        if (JsonFields.OptionalObject(view, "state") is not { } state || JsonFields.OptionalObject(state, "values") is not { } values)
        {
            return ViewStateValues.Empty;
        }
        var blocks = new Dictionary<string, IReadOnlyDictionary<string, SubmittedValue>>(StringComparer.Ordinal);
        foreach (var block in values.EnumerateObject())
        {
            if (block.Value.ValueKind != JsonValueKind.Object)
            {
                throw new SlackPayloadException($"'state.values.{block.Name}' is not an object.");
            }
            var actions = new Dictionary<string, SubmittedValue>(StringComparer.Ordinal);
            foreach (var action in block.Value.EnumerateObject())
            {
                if (action.Value.ValueKind != JsonValueKind.Object)
                {
                    throw new SlackPayloadException($"'state.values.{block.Name}.{action.Name}' is not an object.");
                }
                actions[action.Name] = ReadValue(action.Value);
            }
            blocks[block.Name] = actions;
        }
        return new ViewStateValues(blocks);
    }

    private static SubmittedValue ReadValue(JsonElement input) => new(
        JsonFields.OptionalString(input, "type") ?? "",
        JsonFields.OptionalString(input, "value"),
        JsonFields.OptionalObject(input, "selected_option") is { } option ? JsonFields.OptionalString(option, "value") : null,
        JsonFields.OptionalString(input, "selected_date"),
        JsonFields.OptionalString(input, "selected_time"),
        JsonFields.OptionalString(input, "selected_user"));
}
