namespace PostApprovalBot.Core.Chat;

public enum ChatCommandKind
{
    Help,
    New,
    QuickSubmit,
    MyDrafts,
    Pending,
    Status,
    Withdraw,
    Revise,
    Policy,
    Administer,
    Unknown,
}
