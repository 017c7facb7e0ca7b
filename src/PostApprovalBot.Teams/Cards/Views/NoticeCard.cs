namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>A message or refusal card, coloured by its tone.</summary>
public static class NoticeCard
{
    public static AdaptiveCard Build(NoticeView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new List<CardElement> { CardParts.Banner(view.Title, null, view.Tone), new TextBlock(view.Text) { Spacing = Spacing.Medium } };
        if (!string.IsNullOrWhiteSpace(view.QuotedText))
        {
            body.Add(CardParts.Verbatim(view.QuotedText) with { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium });
        }

        if (view.Changes.Count > 0)
        {
            body.Add(CardParts.SectionHeading(view.ChangesHeading ?? "Changes"));
            body.Add(CardParts.Changes(view.Changes));
        }

        if (view.Facts.Count > 0)
        {
            body.Add(new FactSet(view.Facts) { Spacing = Spacing.Medium });
        }

        var actions = view.Buttons.Select(b => (CardAction)new ExecuteAction(b.Title, b.Verb)
        {
            Data = CardParts.DraftData(b.DraftId),
            Style = b.IsPrimary ? ActionStyle.Positive : null,
        }).ToList();
        return new AdaptiveCard(body) { Actions = actions, FallbackText = $"{view.Title}: {view.Text}" };
    }
}
