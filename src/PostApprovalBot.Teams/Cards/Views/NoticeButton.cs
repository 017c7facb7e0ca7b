namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>A button under a notice that acts on one draft (e.g. "Accept suggestion"); the clicker is always the activity's sender.</summary>
public sealed record NoticeButton(string Title, string Verb, string DraftId, bool IsPrimary = false);
