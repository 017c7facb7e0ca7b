namespace PostApprovalBot.Slack.Views;

/// <summary>
/// A run of words in a word-level comparison of two texts, as written (spaces and line breaks kept). A <see cref="TextChangeKind.Same"/>
/// run may be shortened, with "…" where words were left out.
/// </summary>
public sealed record TextChange(TextChangeKind Kind, string Text);
