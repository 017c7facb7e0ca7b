namespace PostApprovalBot.Teams.Activities;

/// <summary>The Teams-specific part of an activity: tenant, and team and channel when posted in a channel.</summary>
public sealed record TeamsChannelData(TeamsReference? Tenant = null, TeamsReference? Team = null, TeamsReference? Channel = null);
