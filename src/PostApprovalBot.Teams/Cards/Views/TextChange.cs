namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>
/// A run of words in a word-level comparison of two texts, as written (spaces and line breaks kept). An <see cref="TextChangeKind.Same"/>
/// run may be shortened for the card, with "…" where words were left out.
/// </summary>
public sealed record TextChange(TextChangeKind Kind, string Text);
