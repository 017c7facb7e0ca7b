using System.Text.Json.Nodes;

namespace PostApprovalBot.Testing.Slack;

/// <summary>A message as it now stands in the stand-in workspace, with every version it had.</summary>
public sealed class SlackStandInMessage(string channel, string ts, JsonObject first)
{
    private readonly List<JsonObject> _versions = [first];

    public string Channel { get; } = channel;

    public string Ts { get; } = ts;

    public JsonObject Current { get { lock (_versions) return _versions[^1]; } }

    public int Versions { get { lock (_versions) return _versions.Count; } }

    public JsonArray Blocks => Current["blocks"] as JsonArray ?? [];

    /// <summary>Everything a reader sees: fallback text and every text in the blocks, as one string.</summary>
    public string Text => SlackJson.AllText(Current);

    public bool HasButtons => Blocks.Any(b => b?["type"]?.GetValue<string>() == "actions") || Button(_ => true) is not null;

    /// <summary>The first button (in an actions block or as a section accessory) whose action id matches.</summary>
    public JsonObject? Button(Func<string, bool> actionId) => SlackJson.Buttons(Blocks).FirstOrDefault(b => actionId(b["action_id"]!.GetValue<string>()));

    public JsonObject? Button(string actionId) => Button(id => id == actionId);

    internal void Update(JsonObject version)
    {
        lock (_versions) _versions.Add(version);
    }
}
