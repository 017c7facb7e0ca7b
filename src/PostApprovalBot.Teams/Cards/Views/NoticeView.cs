namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>A short message or refusal: a title, a sentence or two, and optional facts.</summary>
public sealed record NoticeView(string Title, string Text, CardTone Tone)
{
    public IReadOnlyList<Fact> Facts { get; init; } = [];
}
