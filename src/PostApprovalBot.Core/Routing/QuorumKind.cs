namespace PostApprovalBot.Core.Routing;

public enum QuorumKind
{
    AnyOne,
    All,
    AtLeast,
}
