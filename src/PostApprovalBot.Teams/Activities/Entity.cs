namespace PostApprovalBot.Teams.Activities;

/// <summary>An activity entity; only mentions (<c>type = mention</c>) are read.</summary>
public sealed record Entity(string Type, ChannelAccount? Mentioned = null, string? Text = null)
{
    public const string MentionType = "mention";
}
