namespace PostApprovalBot.Slack.Views;

/// <summary>One recorded decision as shown to people: who decided what at which stage, when, and why.</summary>
public sealed record DecisionLine(string StageName, string DeciderName, ApprovalVerdict Verdict, string WhenText, string? Comment = null);
