namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>One stage on the submitter's status card; who/when/comment are set once the stage is decided.</summary>
public sealed record StageStatusView(string StageName, StageState State, string? ByName = null, string? WhenText = null, string? Comment = null);
