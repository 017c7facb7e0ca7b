using System.Text.Json.Nodes;

namespace PostApprovalBot.Testing.Slack;

/// <summary>One Web API call the bot made to the stand-in: method, bearer token, arguments (JSON or form) and the answer.</summary>
public sealed record SlackApiCall(int Sequence, string Method, string Authorization, JsonObject Arguments, JsonObject Answer)
{
    public string? Argument(string name) => Arguments[name]?.GetValue<string>();

    public bool Succeeded => Answer["ok"]?.GetValue<bool>() == true;
}
