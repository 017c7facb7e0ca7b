namespace PostApprovalBot.Slack.Inbound.Interactions;

/// <summary>One element that fired: a button (<see cref="Value"/>) or a select (<see cref="SelectedOption"/>).</summary>
public sealed record BlockAction(string ActionId, string BlockId, string Type, string? Value, string? SelectedOption);
