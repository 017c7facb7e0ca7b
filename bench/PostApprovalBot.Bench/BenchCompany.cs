namespace PostApprovalBot.Bench;

/// <summary>
/// The benchmark's company: one LinkedIn account, spokespersons and three review groups (legal → compliance →
/// communications, any one approver each), every group half in Teams and half in Slack. With
/// <c>withRulesAccount</c> a second account has a posting policy with frequency rules (posts per day and week,
/// posting hours), so its submissions run the frequency check, which reads the account's other drafts.
/// </summary>
public sealed class BenchCompany
{
    public const string AccountId = "linkedin-contoso";
    public const string RulesAccountId = "linkedin-careers";
    public static readonly string[] Stages = ["Legal", "Compliance", "Communications"];
    private static readonly string[] GroupIds = ["legal", "compliance", "communications"];

    public BenchCompany(int spokespersons = 20, int approversPerGroup = 4, bool withRulesAccount = false)
    {
        WithRulesAccount = withRulesAccount;
        var number = 1;
        Spokespersons = Enumerable.Range(1, spokespersons)
            .Select(i => BenchPerson.Create($"Speaker {i}", $"speaker{i}", number++, inTeams: i % 2 == 1)).ToList();
        Groups = GroupIds.Select(g => (IReadOnlyList<BenchPerson>)Enumerable.Range(1, approversPerGroup)
            .Select(i => BenchPerson.Create($"{char.ToUpperInvariant(g[0])}{g[1..]} {i}", $"{g}{i}", number++, inTeams: i % 2 == 1)).ToList()).ToList();
    }

    public IReadOnlyList<BenchPerson> Spokespersons { get; }

    public bool WithRulesAccount { get; }

    /// <summary>Members of each stage's group, in route order.</summary>
    public IReadOnlyList<IReadOnlyList<BenchPerson>> Groups { get; }

    public IEnumerable<BenchPerson> Everyone => Spokespersons.Concat(Groups.SelectMany(g => g));

    /// <summary>Writes the seed the host loads at start-up and returns its path.</summary>
    public string WriteSeed()
    {
        var owner = Groups[2][0];
        var accounts = WithRulesAccount ? new[] { AccountId, RulesAccountId } : [AccountId];
        var policy = new JsonObject { ["allowedLinkDomains"] = new JsonArray("contoso.com") };
        if (WithRulesAccount)
        {
            policy["postingPolicies"] = new JsonArray(new JsonObject
            {
                ["accountId"] = RulesAccountId, ["guidance"] = "Contoso careers: hiring, events, life at Contoso. Tone: warm, factual.",
                // Limits no burst reaches, so submissions are checked (the account's planned posts are read) but not flagged.
                ["maxPerDay"] = 100_000, ["maxPerWeek"] = 500_000, ["earliestHour"] = 0, ["latestHour"] = 24, ["timeZoneId"] = "Europe/Paris",
            });
        }
        var seed = new JsonObject
        {
            ["accounts"] = new JsonArray(accounts.Select(id => (JsonNode)new JsonObject
            {
                ["platform"] = "linkedin", ["handle"] = id["linkedin-".Length..], ["displayName"] = id == AccountId ? "Contoso on LinkedIn" : "Contoso Careers on LinkedIn",
                ["owner"] = new JsonObject { ["email"] = owner.Email, ["name"] = owner.Name },
            }).ToArray()),
            ["groups"] = new JsonArray(GroupIds.Select((id, i) => (JsonNode)new JsonObject
            {
                ["id"] = id, ["name"] = Stages[i],
                ["members"] = new JsonArray(Groups[i].Select(p => (JsonNode)new JsonObject { ["email"] = p.Email, ["name"] = p.Name }).ToArray()),
            }).ToArray()),
            ["spokespersons"] = new JsonArray(accounts.SelectMany(id => Spokespersons.Select(p => (JsonNode)new JsonObject { ["email"] = p.Email, ["account"] = id })).ToArray()),
            ["routes"] = new JsonArray(accounts.Select(id => (JsonNode)new JsonObject
            {
                ["account"] = id,
                ["steps"] = new JsonArray(GroupIds.Select((group, i) => (JsonNode)new JsonArray(
                    new JsonObject { ["name"] = Stages[i], ["group"] = group, ["quorum"] = "any", ["slaHours"] = 24 })).ToArray()),
            }).ToArray()),
            ["policy"] = policy,
        };
        var path = Path.Combine(Path.GetTempPath(), $"bench-seed-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, seed.ToJsonString());
        return path;
    }
}
