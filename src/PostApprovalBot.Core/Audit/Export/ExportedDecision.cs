namespace PostApprovalBot.Core.Audit.Export;

/// <summary>One approver's verdict. Step is 1-based, as people count.</summary>
public sealed record ExportedDecision(
    int Number,
    int Revision,
    int Step,
    string Stage,
    string ApproverId,
    string ApproverName,
    string Verdict,
    string? Comment,
    DateTimeOffset At);
