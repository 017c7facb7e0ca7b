using System.Globalization;

namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>Pieces every bot card shares, so that state, headings and user text look the same everywhere.</summary>
internal static class CardParts
{
    public static Container Banner(string title, string? detail, CardTone tone)
    {
        var items = new List<CardElement> { new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder, IsHeading = true } };
        if (!string.IsNullOrWhiteSpace(detail))
        {
            items.Add(new TextBlock(detail) { Spacing = Spacing.Small });
        }

        return new Container(items) { Style = Style(tone), Bleed = true };
    }

    public static TextBlock SectionHeading(string text) =>
        new(text) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true };

    public static TextBlock FieldError(string message) =>
        new(message) { Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.None };

    /// <summary>
    /// Text people wrote (posts, comments, diffs), shown exactly as written: TextRuns are not read as markdown,
    /// so a post containing *stars* or [brackets] is not shown to approvers differently from how it will be published.
    /// </summary>
    public static Container Verbatim(string text, bool monospace = false, bool italic = false)
    {
        var items = new List<CardElement>();
        var blankBefore = false;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                blankBefore = items.Count > 0;
                continue;
            }

            items.Add(new RichTextBlock([new TextRun(line) { IsMonospace = monospace, Italic = italic }])
            {
                Spacing = blankBefore ? Spacing.Medium : Spacing.None,
            });
            blankBefore = false;
        }

        if (items.Count == 0)
        {
            items.Add(new TextBlock("(empty)") { IsSubtle = true });
        }

        return new Container(items);
    }

    /// <summary>
    /// A word-level comparison, line by line as written: removed words struck through in red, added words highlighted in green and bold,
    /// so the change reads without colour too. Like <see cref="Verbatim"/>, the words are TextRuns and never read as markdown.
    /// </summary>
    public static Container Changes(IReadOnlyList<TextChange> changes)
    {
        var lines = new List<List<TextRun>> { new() };
        foreach (var change in changes)
        {
            var parts = change.Text.ReplaceLineEndings("\n").Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    lines.Add([]);
                }

                if (parts[i].Length > 0)
                {
                    lines[^1].Add(ChangeRun(change.Kind, parts[i]));
                }
            }
        }

        var items = lines.Where(line => line.Any(run => run.Text.Trim().Length > 0))
            .Select(line => (CardElement)new RichTextBlock(line) { Spacing = Spacing.None })
            .ToList();
        items.Add(new TextBlock("Struck-through words were removed; highlighted words were added.") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
        return new Container(items);
    }

    private static TextRun ChangeRun(TextChangeKind kind, string text) => kind switch
    {
        TextChangeKind.Removed => new TextRun(text) { Strikethrough = true, Color = TextColor.Attention },
        TextChangeKind.Added => new TextRun(text) { Highlight = true, Color = TextColor.Good, Weight = TextWeight.Bolder },
        _ => new TextRun(text),
    };

    /// <summary>Policy findings, most severe first; "No policy findings." when there are none.</summary>
    public static IEnumerable<CardElement> Findings(IReadOnlyList<PolicyFindingView> findings)
    {
        if (findings.Count == 0)
        {
            yield return new TextBlock("No policy findings.") { Color = TextColor.Good, Spacing = Spacing.Small };
            yield break;
        }

        foreach (var finding in findings.OrderByDescending(f => f.Severity))
        {
            var (label, color) = finding.Severity switch
            {
                FindingSeverity.Blocking => ("Blocking", TextColor.Attention),
                FindingSeverity.Warning => ("Warning", TextColor.Warning),
                _ => ("Note", TextColor.Default),
            };
            yield return new ColumnSet(
            [
                new Column([new TextBlock(label) { Weight = TextWeight.Bolder, Color = color }]) { Width = Column.Auto },
                new Column([new TextBlock(finding.Message)]) { Width = Column.Stretch },
            ]) { Spacing = Spacing.Small };
        }
    }

    public static ContainerStyle Style(CardTone tone) => tone switch
    {
        CardTone.Good => ContainerStyle.Good,
        CardTone.Warning => ContainerStyle.Warning,
        CardTone.Attention => ContainerStyle.Attention,
        CardTone.Information => ContainerStyle.Accent,
        _ => ContainerStyle.Emphasis,
    };

    public static TextColor Color(CardTone tone) => tone switch
    {
        CardTone.Good => TextColor.Good,
        CardTone.Warning => TextColor.Warning,
        CardTone.Attention => TextColor.Attention,
        CardTone.Information => TextColor.Accent,
        _ => TextColor.Default,
    };

    public static IReadOnlyDictionary<string, string> DraftData(string draftId, int? revision = null, string? stageId = null)
    {
        var data = new Dictionary<string, string> { [CardDataKeys.DraftId] = draftId };
        if (revision is { } r)
        {
            data[CardDataKeys.Revision] = r.ToString(CultureInfo.InvariantCulture);
        }

        if (stageId is not null)
        {
            data[CardDataKeys.Stage] = stageId;
        }

        return data;
    }
}
