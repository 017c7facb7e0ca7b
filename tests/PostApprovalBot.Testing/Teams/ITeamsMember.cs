namespace PostApprovalBot.Testing.Teams;

/// <summary>A person the Bot Connector stand-in knows: what Teams answers about them, and their 1:1 chat with the bot.</summary>
public interface ITeamsMember
{
    string Name { get; }

    string Email { get; }

    string AadObjectId { get; }

    /// <summary>The Teams user id (29:…).</summary>
    string TeamsId { get; }

    /// <summary>The id of the member's 1:1 chat with the bot.</summary>
    string PersonalChat { get; }
}
