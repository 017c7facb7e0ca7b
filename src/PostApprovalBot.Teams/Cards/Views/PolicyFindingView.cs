namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>One policy check result shown to approvers.</summary>
public sealed record PolicyFindingView(FindingSeverity Severity, string Message);
