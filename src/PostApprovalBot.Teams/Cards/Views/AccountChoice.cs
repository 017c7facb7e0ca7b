namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>An account the submitter may post for, e.g. ("acc-li-1", "Contoso", "LinkedIn").</summary>
public sealed record AccountChoice(string Id, string DisplayName, string Platform);
