namespace PostApprovalBot.Integration.Tests.Teams.Support;

/// <summary>The company of the Teams tests, as a seed file: one LinkedIn account, Emma its spokesperson, and three review groups.</summary>
public static class TeamsCompany
{
    public const string AccountId = "linkedin-contoso";

    /// <summary>Writes the seed to a fresh temporary file and returns its path (the host accepts an absolute Seed:Path).</summary>
    public static string WriteSeed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"teams-seed-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Seed().ToJsonString());
        return path;
    }

    private static JsonObject Seed() => new()
    {
        ["accounts"] = new JsonArray(new JsonObject
        {
            ["platform"] = "linkedin", ["handle"] = "contoso", ["displayName"] = "Contoso on LinkedIn", ["owner"] = Person(TeamsPersona.Olivia),
        }),
        ["groups"] = new JsonArray(
            Group("legal", "Legal", TeamsPersona.Lena, TeamsPersona.Liam),
            Group("compliance", "Compliance", TeamsPersona.Colin),
            Group("communications", "Communications", TeamsPersona.Chloe)),
        ["spokespersons"] = new JsonArray(new JsonObject { ["email"] = TeamsPersona.Emma.Email, ["account"] = AccountId }),
        ["routes"] = new JsonArray(new JsonObject
        {
            ["account"] = AccountId,
            ["steps"] = new JsonArray(Step("Legal", "legal"), Step("Compliance", "compliance"), Step("Communications", "communications")),
        }),
        ["policy"] = new JsonObject
        {
            ["lexicon"] = new JsonArray(
                new JsonObject { ["term"] = "guaranteed returns", ["action"] = "block", ["reason"] = "promises about investment returns are not allowed" },
                new JsonObject { ["term"] = "layoffs", ["action"] = "flag", ["extraGroup"] = "legal", ["reason"] = "headcount news needs legal review" }),
            ["allowedLinkDomains"] = new JsonArray("contoso.com"),
        },
    };

    private static JsonObject Person(TeamsPersona p) => new() { ["email"] = p.Email, ["name"] = p.Name };

    private static JsonObject Group(string id, string name, params TeamsPersona[] members) => new()
    {
        ["id"] = id, ["name"] = name, ["members"] = new JsonArray(members.Select(m => (JsonNode)Person(m)).ToArray()),
    };

    private static JsonArray Step(string name, string group) =>
        new(new JsonObject { ["name"] = name, ["group"] = group, ["quorum"] = "any", ["slaHours"] = 24 });
}
