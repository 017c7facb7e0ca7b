using PostApprovalBot.Host.Inputs;

namespace PostApprovalBot.Host.Admin;

public sealed record AccountRequest(string Platform, string Handle, string DisplayName, PersonInput Owner);

public sealed record AccountEditRequest(string? DisplayName, PersonInput? Owner);

/// <summary>A grant for one account (Account) or for every account of a platform (Platform).</summary>
public sealed record GrantRequest(string Email, string? Account, string? Platform, DateTimeOffset? Until);

public sealed record RevokeRequest(string Email, string? Account, string? Platform);

public sealed record GroupRequest(string Name, IReadOnlyList<PersonInput> Members, PersonInput? Escalation);

public sealed record RouteRequest(IReadOnlyList<IReadOnlyList<StageInput>> Steps);

public sealed record TermRequest(string Action, string? ExtraGroup, string? Reason);

public sealed record PostingPolicyRequest(string Guidance, int? MaxPerDay, int? MaxPerWeek, int? EarliestHour, int? LatestHour, string? TimeZoneId);
