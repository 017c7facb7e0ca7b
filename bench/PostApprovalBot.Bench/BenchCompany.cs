using System.Text.Json.Nodes;

namespace PostApprovalBot.Bench;

/// <summary>
/// The benchmark's company: one LinkedIn account, spokespersons and three review groups (legal → compliance →
/// communications, any one approver each), every group half in Teams and half in Slack.
/// </summary>
public sealed class BenchCompany
{
    public const string AccountId = "linkedin-contoso";
    public static readonly string[] Stages = ["Legal", "Compliance", "Communications"];
    private static readonly string[] GroupIds = ["legal", "compliance", "communications"];

    public BenchCompany(int spokespersons = 20, int approversPerGroup = 4)
    {
        var number = 1;
        Spokespersons = Enumerable.Range(1, spokespersons)
            .Select(i => BenchPerson.Create($"Speaker {i}", $"speaker{i}", number++, inTeams: i % 2 == 1)).ToList();
        Groups = GroupIds.Select(g => (IReadOnlyList<BenchPerson>)Enumerable.Range(1, approversPerGroup)
            .Select(i => BenchPerson.Create($"{char.ToUpperInvariant(g[0])}{g[1..]} {i}", $"{g}{i}", number++, inTeams: i % 2 == 1)).ToList()).ToList();
    }

    public IReadOnlyList<BenchPerson> Spokespersons { get; }

    /// <summary>Members of each stage's group, in route order.</summary>
    public IReadOnlyList<IReadOnlyList<BenchPerson>> Groups { get; }

    public IEnumerable<BenchPerson> Everyone => Spokespersons.Concat(Groups.SelectMany(g => g));

    /// <summary>Writes the seed the host loads at start-up and returns its path.</summary>
    public string WriteSeed()
    {
        var owner = Groups[2][0];
        var seed = new JsonObject
        {
            ["accounts"] = new JsonArray(new JsonObject
            {
                ["platform"] = "linkedin", ["handle"] = "contoso", ["displayName"] = "Contoso on LinkedIn",
                ["owner"] = new JsonObject { ["email"] = owner.Email, ["name"] = owner.Name },
            }),
            ["groups"] = new JsonArray(GroupIds.Select((id, i) => (JsonNode)new JsonObject
            {
                ["id"] = id, ["name"] = Stages[i],
                ["members"] = new JsonArray(Groups[i].Select(p => (JsonNode)new JsonObject { ["email"] = p.Email, ["name"] = p.Name }).ToArray()),
            }).ToArray()),
            ["spokespersons"] = new JsonArray(Spokespersons.Select(p => (JsonNode)new JsonObject { ["email"] = p.Email, ["account"] = AccountId }).ToArray()),
            ["routes"] = new JsonArray(new JsonObject
            {
                ["account"] = AccountId,
                ["steps"] = new JsonArray(GroupIds.Select((id, i) => (JsonNode)new JsonArray(
                    new JsonObject { ["name"] = Stages[i], ["group"] = id, ["quorum"] = "any", ["slaHours"] = 24 })).ToArray()),
            }),
            ["policy"] = new JsonObject { ["allowedLinkDomains"] = new JsonArray("contoso.com") },
        };
        var path = Path.Combine(Path.GetTempPath(), $"bench-seed-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, seed.ToJsonString());
        return path;
    }
}
