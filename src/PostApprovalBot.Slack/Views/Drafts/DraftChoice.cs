namespace PostApprovalBot.Slack.Views.Drafts;

/// <summary>One entry of a drop-down in the draft modal: the id we get back and the label people read.</summary>
public sealed record DraftChoice(string Id, string Label);
