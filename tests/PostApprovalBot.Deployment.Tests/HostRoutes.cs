namespace PostApprovalBot.Deployment.Tests;

/// <summary>
/// The HTTP routes the host serves, as the deployment artefacts must name them. Kept in this one place
/// so that it can later be read from the host's real endpoint table instead.
/// </summary>
internal static class HostRoutes
{
    public const string TeamsMessages = "/api/messages";
    public const string SlackEvents = "/slack/events";
    public const string SlackCommands = "/slack/commands";
    public const string SlackInteractions = "/slack/interactions";
    public const string Health = "/healthz";
    public const string Readiness = "/readyz";

    /// <summary>The Teams tab page: it signs the user in with Teams SSO, then goes on to the drafts page.</summary>
    public const string WebTeamsTab = "/web/teams";
    public const string WebDrafts = "/web/drafts";

    /// <summary>The one slash command the Slack app registers.</summary>
    public const string SlackSlashCommand = "/post";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        TeamsMessages, SlackEvents, SlackCommands, SlackInteractions, Health, Readiness, WebTeamsTab, WebDrafts,
    };
}
