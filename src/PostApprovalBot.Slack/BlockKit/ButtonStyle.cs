namespace PostApprovalBot.Slack.BlockKit;

public enum ButtonStyle
{
    Default,
    Primary,
    Danger,
}
