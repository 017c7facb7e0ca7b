using PostApprovalBot.Host.Inputs;

namespace PostApprovalBot.Host.Admin;

public sealed record AccountRequest(string Platform, string Handle, string DisplayName, PersonInput Owner);

public sealed record AccountEditRequest(string? DisplayName, PersonInput? Owner);

/// <summary>A grant for one account (Account) or for every account of a platform (Platform).</summary>
public sealed record GrantRequest(string Email, string? Account, string? Platform, DateTimeOffset? Until);

public sealed record RevokeRequest(string Email, string? Account, string? Platform);

/// <summary>A group as a whole. Delegations left out (null) stay as they are; an empty list ends them all.</summary>
public sealed record GroupRequest(string Name, IReadOnlyList<PersonInput> Members, PersonInput? Escalation, IReadOnlyList<DelegationRequest>? Delegations = null);

/// <summary>A member (by e-mail) away until a time, and who decides in their name meanwhile.</summary>
public sealed record DelegationRequest(string Member, PersonInput To, DateTimeOffset Until);

public sealed record OverrideRequest(string Verdict, string Reason);

public sealed record RouteRequest(IReadOnlyList<IReadOnlyList<StageInput>> Steps);

public sealed record TermRequest(string Action, string? ExtraGroup, string? Reason);

public sealed record PostingPolicyRequest(string Guidance, int? MaxPerDay, int? MaxPerWeek, int? EarliestHour, int? LatestHour, string? TimeZoneId);
