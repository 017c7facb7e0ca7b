namespace PostApprovalBot.Slack.Views;

/// <summary>Whether words stayed, came or went between two texts.</summary>
public enum TextChangeKind
{
    Same,
    Added,
    Removed,
}
