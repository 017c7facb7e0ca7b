namespace PostApprovalBot.Slack.WebApi;

/// <summary>
/// A user as users.info reports it. <see cref="Email"/> is null unless the app has <c>users:read.email</c>;
/// <see cref="TimeZone"/> is an IANA id such as <c>Europe/Paris</c>.
/// </summary>
public sealed record SlackUser(
    string Id,
    string? TeamId,
    string Name,
    string? RealName,
    string? DisplayName,
    string? Email,
    string? TimeZone,
    bool IsBot,
    bool IsDeleted,
    bool IsGuest);
