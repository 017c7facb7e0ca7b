namespace PostApprovalBot.Core.Chat;

public enum ChatChannel
{
    Teams,
    Slack,
}
