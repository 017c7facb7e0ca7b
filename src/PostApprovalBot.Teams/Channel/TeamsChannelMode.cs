namespace PostApprovalBot.Teams.Channel;

/// <summary>How the Teams channel runs in this process.</summary>
public enum TeamsChannelMode
{
    /// <summary>No Teams settings outside Development: the host runs without Teams and /api/messages answers 503.</summary>
    Off,

    /// <summary>Development without an app id: local tools (Agents Playground) talk to the bot without tokens, from loopback only.</summary>
    Emulator,

    /// <summary>An app id is configured: every activity must carry a valid Bot Framework token.</summary>
    Connected,
}
