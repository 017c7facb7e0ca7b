using PostApprovalBot.Core.Policy;
using PostApprovalBot.Host.Inputs;

namespace PostApprovalBot.Host.Seed;

/// <summary>The shape of config/seed*.json: what a new deployment starts with.</summary>
public sealed record SeedDocument(
    IReadOnlyList<SeedAccount>? Accounts,
    IReadOnlyList<SeedGroup>? Groups,
    IReadOnlyList<SeedSpokesperson>? Spokespersons,
    IReadOnlyList<SeedRoute>? Routes,
    SeedPolicy? Policy);

public sealed record SeedAccount(string Platform, string Handle, string DisplayName, PersonInput Owner);

public sealed record SeedGroup(string Id, string Name, IReadOnlyList<PersonInput> Members, PersonInput? Escalation);

/// <summary>A grant for one account (Account) or a whole platform (Platform).</summary>
public sealed record SeedSpokesperson(string Email, string? Account, string? Platform, DateTimeOffset? Expires);

public sealed record SeedRoute(string Account, IReadOnlyList<IReadOnlyList<StageInput>> Steps);

public sealed record SeedPolicy(IReadOnlyList<SeedTerm>? Lexicon, IReadOnlyList<string>? AllowedLinkDomains, IReadOnlyList<PostingPolicy>? PostingPolicies);

public sealed record SeedTerm(string Term, string Action, string? ExtraGroup, string? Reason);
