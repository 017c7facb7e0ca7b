namespace PostApprovalBot.Testing.Slack;

/// <summary>A person in the stand-in workspace: Slack user id, profile e-mail (null when hidden) and time zone.</summary>
public sealed record SlackTestUser(string UserId, string? Email, string RealName, string TimeZone = "Europe/Paris")
{
    /// <summary>The DM channel the stand-in opens between the bot and this user.</summary>
    public string DirectChannel => "D" + UserId[1..];
}
