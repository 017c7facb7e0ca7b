namespace PostApprovalBot.Core.Policy;

public enum LexiconAction
{
    Flag,
    Block,
}
