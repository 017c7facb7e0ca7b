namespace PostApprovalBot.Core.Chat;

public enum ContactSearchOutcome
{
    Found,
    NotFound,
    PermissionMissing,
}
