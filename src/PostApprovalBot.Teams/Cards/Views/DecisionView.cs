namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>A decision already taken: who, what, when (already formatted for the reader) and their comment.</summary>
public sealed record DecisionView(string ApproverName, Verdict Verdict, string WhenText, string? Comment = null, string? StageName = null);
