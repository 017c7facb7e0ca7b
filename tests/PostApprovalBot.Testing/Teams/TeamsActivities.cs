using System.Text.Json.Nodes;

namespace PostApprovalBot.Testing.Teams;

/// <summary>Activities as Teams sends them to the bot, from a member's 1:1 chat with it.</summary>
public static class TeamsActivities
{
    public const string TenantId = ConnectorStandIn.TenantId;
    public const string BotId = "28:" + ChannelToken.AppId;

    public static JsonObject Message(string serviceUrl, ITeamsMember from, string text) =>
        Base("message", serviceUrl, from).With("text", text);

    public static JsonObject CardClick(string serviceUrl, ITeamsMember from, string verb, JsonObject data, bool automatic = false) =>
        Base("invoke", serviceUrl, from)
            .With("name", "adaptiveCard/action")
            .With("value", new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = "", ["verb"] = verb, ["data"] = data },
                ["trigger"] = automatic ? "automatic" : "manual",
            });

    public static JsonObject BotAdded(string serviceUrl, ITeamsMember by) =>
        Base("conversationUpdate", serviceUrl, by)
            .With("membersAdded", new JsonArray(new JsonObject { ["id"] = by.TeamsId, ["aadObjectId"] = by.AadObjectId }, new JsonObject { ["id"] = BotId }));

    public static JsonObject Installed(string serviceUrl, ITeamsMember by, string action = "add") =>
        Base("installationUpdate", serviceUrl, by).With("action", action);

    public static JsonObject Base(string type, string serviceUrl, ITeamsMember from) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = from.TeamsId, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PostApprovalBot" },
        ["conversation"] = new JsonObject { ["id"] = from.PersonalChat, ["conversationType"] = "personal", ["tenantId"] = TenantId },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    public static JsonObject With(this JsonObject activity, string key, JsonNode? value)
    {
        activity[key] = value;
        return activity;
    }
}
