using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Drafts;

/// <summary>One approver's verdict on one stage for one revision.</summary>
public sealed record StageDecision(int Revision, int StepIndex, string StageName, Person Approver, Verdict Verdict, string? Comment, DateTimeOffset At);
