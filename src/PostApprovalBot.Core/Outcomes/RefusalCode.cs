namespace PostApprovalBot.Core.Outcomes;

public enum RefusalCode
{
    NotFound,
    NotASpokesperson,
    AccountRetired,
    BlockedByPolicy,
    InvalidInput,
    InvalidTransition,
    NotAnApprover,
    OwnDraft,
    StaleRevision,
    AlreadyDecided,
    AlreadyVoted,
    NotTheSubmitter,
    NotAnAdmin,
    Busy,
}
