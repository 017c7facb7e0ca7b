namespace PostApprovalBot.Teams.Activities;

/// <summary>An id (and sometimes a name) of a tenant, team or channel in <see cref="TeamsChannelData"/>.</summary>
public sealed record TeamsReference(string Id, string? Name = null);
