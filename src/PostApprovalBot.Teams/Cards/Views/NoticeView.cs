namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>A short message or refusal: a title, a sentence or two, and optional facts.</summary>
public sealed record NoticeView(string Title, string Text, CardTone Tone)
{
    public IReadOnlyList<Fact> Facts { get; init; } = [];

    /// <summary>Text people wrote (a post, a comment), shown verbatim under the message.</summary>
    public string? QuotedText { get; init; }
}
