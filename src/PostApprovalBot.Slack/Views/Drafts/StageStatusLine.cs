namespace PostApprovalBot.Slack.Views.Drafts;

/// <summary>One stage of a draft's route as the submitter sees it; decider, time and comment once decided.</summary>
public sealed record StageStatusLine(string StageName, StageState State, string? DeciderName = null, string? WhenText = null, string? Comment = null);
