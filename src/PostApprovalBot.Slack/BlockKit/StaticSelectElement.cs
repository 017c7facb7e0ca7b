using System.Text.Json.Nodes;

namespace PostApprovalBot.Slack.BlockKit;

/// <summary>A drop-down of 1–100 fixed options; the initial option must be one of them.</summary>
public sealed class StaticSelectElement : InputElement
{
    public StaticSelectElement(string actionId, IEnumerable<SelectOption> options, string? initialValue = null, string? placeholder = null)
        : base(actionId)
    {
        Options = Limits.RequireCount(options, 1, BlockKitLimits.SelectOptions, "static_select options");
        if (Options.Select(option => option.Value).Distinct(StringComparer.Ordinal).Count() != Options.Count)
        {
            throw new ArgumentException("Option values must be unique.", nameof(options));
        }
        Initial = initialValue is null
            ? null
            : Options.FirstOrDefault(option => option.Value == initialValue)
                ?? throw new ArgumentException($"The initial value '{initialValue}' is not an option.", nameof(initialValue));
        Placeholder = PlaceholderText(placeholder);
    }

    public IReadOnlyList<SelectOption> Options { get; }

    public SelectOption? Initial { get; }

    public PlainText? Placeholder { get; }

    public override JsonObject ToJson()
    {
        var json = Start("static_select");
        json["options"] = new JsonArray([.. Options.Select(option => (JsonNode)option.ToJson())]);
        if (Initial is not null)
        {
            json["initial_option"] = Initial.ToJson();
        }
        if (Placeholder is not null)
        {
            json["placeholder"] = Placeholder.ToJson();
        }
        return json;
    }
}
