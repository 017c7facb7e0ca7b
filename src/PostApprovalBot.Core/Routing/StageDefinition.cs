namespace PostApprovalBot.Core.Routing;

/// <summary>One review within a step: which group reviews, how many must approve, and how fast.</summary>
public sealed record StageDefinition(string Name, string ApproverGroupId, Quorum Quorum, int SlaHours = 24);
