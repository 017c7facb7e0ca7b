namespace PostApprovalBot.Teams.Activities;

/// <summary>A user or bot in a conversation; Teams user ids look like <c>29:…</c>, bot ids <c>28:…</c>.</summary>
public sealed record ChannelAccount(string Id, string? Name = null, string? AadObjectId = null);
