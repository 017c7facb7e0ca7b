namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>A link to an account's posting policy.</summary>
public sealed record PolicyLink(string Title, Uri Url);
