namespace PostApprovalBot.Core.Audit.Export;

/// <summary>
/// One approver's verdict. Step is 1-based, as people count. A delegate's decision names the absent
/// member it was made on behalf of; a request for changes may carry the approver's suggested text.
/// </summary>
public sealed record ExportedDecision(
    int Number,
    int Revision,
    int Step,
    string Stage,
    string ApproverId,
    string ApproverName,
    string Verdict,
    string? Comment,
    DateTimeOffset At,
    string? OnBehalfOfId = null,
    string? OnBehalfOfName = null,
    string? SuggestedText = null);
