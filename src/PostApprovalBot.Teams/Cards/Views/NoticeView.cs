namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>A short message or refusal: a title, a sentence or two, and optional facts.</summary>
public sealed record NoticeView(string Title, string Text, CardTone Tone)
{
    public IReadOnlyList<Fact> Facts { get; init; } = [];

    /// <summary>Text people wrote (a post, a comment), shown verbatim under the message.</summary>
    public string? QuotedText { get; init; }

    /// <summary>A word-level comparison shown under <see cref="ChangesHeading"/>, e.g. an approver's suggested edit.</summary>
    public IReadOnlyList<TextChange> Changes { get; init; } = [];

    public string? ChangesHeading { get; init; }

    /// <summary>Buttons under the notice, each acting on one draft.</summary>
    public IReadOnlyList<NoticeButton> Buttons { get; init; } = [];
}
