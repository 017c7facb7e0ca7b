namespace PostApprovalBot.Core.Administration;

/// <summary>
/// The first administrators, from settings: work e-mails, or chat user ids (Entra object ids, Slack
/// user ids) for people whose e-mail is not known yet. Later admins are members of the admins group.
/// </summary>
public sealed record AdminBootstrap(IReadOnlyList<string> Identities)
{
    public static AdminBootstrap Parse(string? setting) =>
        new((setting ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public bool Names(string identity) => Identities.Any(i => string.Equals(i, identity, StringComparison.OrdinalIgnoreCase));
}
