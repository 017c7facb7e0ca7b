namespace PostApprovalBot.Integration.Tests.Resilience;

/// <summary>
/// One company reviewed over both channels by one host: the Teams people (<see cref="TeamsPersona"/>) speak for
/// <see cref="TeamsAccount"/>, the Slack people (<see cref="SlackCompany"/>) for <see cref="SlackAccount"/>, each account
/// with its own Legal → Compliance → Communications route, so every approval request goes to exactly one person on one
/// channel and can be counted on that channel's stand-in.
/// </summary>
public static class TwoChannelCompany
{
    public const string TeamsAccount = "linkedin-contoso";
    public const string SlackAccount = "linkedin-contoso-slack";

    /// <summary>Writes the seed to a fresh temporary file and returns its path.</summary>
    public static string WriteSeed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"two-channel-seed-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Seed().ToJsonString());
        return path;
    }

    private static JsonObject Seed() => new()
    {
        ["accounts"] = new JsonArray(
            Account("contoso", "Contoso on LinkedIn", TeamsPersona.Olivia.Email, TeamsPersona.Olivia.Name),
            Account("contoso-slack", "Contoso on LinkedIn (Slack)", SlackCompany.Chloe.Email!, SlackCompany.Chloe.RealName)),
        ["groups"] = new JsonArray(
            Group("legal-teams", "Legal", TeamsPersona.Lena.Email, TeamsPersona.Lena.Name),
            Group("compliance-teams", "Compliance", TeamsPersona.Colin.Email, TeamsPersona.Colin.Name),
            Group("communications-teams", "Communications", TeamsPersona.Chloe.Email, TeamsPersona.Chloe.Name),
            Group("legal-slack", "Legal", SlackCompany.Lena.Email!, SlackCompany.Lena.RealName),
            Group("compliance-slack", "Compliance", SlackCompany.Colin.Email!, SlackCompany.Colin.RealName),
            Group("communications-slack", "Communications", SlackCompany.Chloe.Email!, SlackCompany.Chloe.RealName)),
        ["spokespersons"] = new JsonArray(
            new JsonObject { ["email"] = TeamsPersona.Emma.Email, ["account"] = TeamsAccount },
            new JsonObject { ["email"] = SlackCompany.Emma.Email, ["account"] = SlackAccount }),
        ["routes"] = new JsonArray(Route(TeamsAccount, "teams"), Route(SlackAccount, "slack")),
        ["policy"] = new JsonObject
        {
            ["lexicon"] = new JsonArray(new JsonObject { ["term"] = "guaranteed returns", ["action"] = "block", ["reason"] = "promises about investment returns are not allowed" }),
            ["allowedLinkDomains"] = new JsonArray("contoso.com"),
        },
    };

    private static JsonObject Account(string handle, string displayName, string ownerEmail, string ownerName) => new()
    {
        ["platform"] = "linkedin", ["handle"] = handle, ["displayName"] = displayName, ["owner"] = new JsonObject { ["email"] = ownerEmail, ["name"] = ownerName },
    };

    private static JsonObject Group(string id, string name, string email, string member) => new()
    {
        ["id"] = id, ["name"] = name, ["members"] = new JsonArray(new JsonObject { ["email"] = email, ["name"] = member }),
    };

    private static JsonObject Route(string account, string channel) => new()
    {
        ["account"] = account,
        ["steps"] = new JsonArray(Step("Legal", "legal-" + channel), Step("Compliance", "compliance-" + channel), Step("Communications", "communications-" + channel)),
    };

    private static JsonArray Step(string name, string group) =>
        new(new JsonObject { ["name"] = name, ["group"] = group, ["quorum"] = "any", ["slaHours"] = 24 });
}
