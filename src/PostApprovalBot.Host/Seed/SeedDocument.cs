using PostApprovalBot.Core.Policy;

namespace PostApprovalBot.Host.Seed;

/// <summary>The shape of config/seed*.json: what a new deployment starts with.</summary>
public sealed record SeedDocument(
    IReadOnlyList<SeedAccount>? Accounts,
    IReadOnlyList<SeedGroup>? Groups,
    IReadOnlyList<SeedSpokesperson>? Spokespersons,
    IReadOnlyList<SeedRoute>? Routes,
    SeedPolicy? Policy);

public sealed record SeedPerson(string Email, string? Name);

public sealed record SeedAccount(string Platform, string Handle, string DisplayName, SeedPerson Owner);

public sealed record SeedGroup(string Id, string Name, IReadOnlyList<SeedPerson> Members, SeedPerson? Escalation);

/// <summary>A grant for one account (Account) or a whole platform (Platform).</summary>
public sealed record SeedSpokesperson(string Email, string? Account, string? Platform, DateTimeOffset? Expires);

public sealed record SeedRoute(string Account, IReadOnlyList<IReadOnlyList<SeedStage>> Steps);

/// <summary>Quorum: "any", "all" or a number.</summary>
public sealed record SeedStage(string Name, string Group, string? Quorum, int? SlaHours);

public sealed record SeedPolicy(IReadOnlyList<SeedTerm>? Lexicon, IReadOnlyList<string>? AllowedLinkDomains, IReadOnlyList<PostingPolicy>? PostingPolicies);

public sealed record SeedTerm(string Term, string Action, string? ExtraGroup, string? Reason);
