namespace PostApprovalBot.Teams.Activities;

/// <summary>The conversation an activity belongs to; <see cref="ConversationType"/> is personal, channel or groupChat.</summary>
public sealed record ConversationAccount(string Id, string? ConversationType = null, string? TenantId = null);
