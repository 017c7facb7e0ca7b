namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>A time zone offered on the form: an IANA/Windows id and what people read.</summary>
public sealed record TimeZoneChoice(string Id, string DisplayName);
