namespace PostApprovalBot.Slack.Views.Home;

/// <summary>One user's App Home: their drafts and the approvals waiting for them.</summary>
public sealed record AppHomeModel(IReadOnlyList<MyDraftLine> MyDrafts, IReadOnlyList<WaitingApprovalLine> WaitingForMe);
