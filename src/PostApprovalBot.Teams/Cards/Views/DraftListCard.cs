using System.Globalization;

namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>A list card; it shows at most <see cref="MaxRows"/> rows so the card stays under Teams' size limit.</summary>
public static class DraftListCard
{
    public const int MaxRows = 20;

    public static AdaptiveCard Build(DraftListView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var count = view.Rows.Count.ToString(CultureInfo.InvariantCulture);
        var body = new List<CardElement> { CardParts.Banner(view.Title, view.Rows.Count == 1 ? "1 draft" : $"{count} drafts", CardTone.Neutral) };
        if (view.Rows.Count == 0)
        {
            body.Add(new TextBlock(view.EmptyText) { IsSubtle = true, Spacing = Spacing.Medium });
        }

        body.AddRange(view.Rows.Take(MaxRows).Select(Row));
        if (view.Rows.Count > MaxRows)
        {
            var more = (view.Rows.Count - MaxRows).ToString(CultureInfo.InvariantCulture);
            body.Add(new TextBlock($"{more} more not shown.") { IsSubtle = true, Spacing = Spacing.Medium });
        }

        return new AdaptiveCard(body) { FallbackText = $"{view.Title}: {count} drafts." };
    }

    private static ColumnSet Row(DraftListRow row)
    {
        var text = new List<CardElement>
        {
            new TextBlock($"{row.DraftId}: {row.AccountDisplayName}") { Weight = TextWeight.Bolder },
            new TextBlock(row.StateText) { Color = CardParts.Color(row.Tone), Spacing = Spacing.None },
        };
        if (!string.IsNullOrWhiteSpace(row.Detail))
        {
            text.Add(new TextBlock(row.Detail) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        }

        var open = new ExecuteAction("Open", CardVerbs.OpenDraft) { Data = CardParts.DraftData(row.DraftId), AssociatedInputs = AssociatedInputs.None };
        return new ColumnSet(
        [
            new Column(text) { Width = Column.Stretch },
            new Column([new ActionSet([open])]) { Width = Column.Auto, VerticalContentAlignment = VerticalAlignment.Center },
        ]) { Separator = true, Spacing = Spacing.Medium };
    }
}
