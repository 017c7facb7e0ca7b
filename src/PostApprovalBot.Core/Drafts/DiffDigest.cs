namespace PostApprovalBot.Core.Drafts;

/// <summary>
/// A word diff short enough to show in a chat message: changed words in full, long unchanged stretches cut to the words
/// around the changes ("…"), and at most <see cref="MaxCharacters"/> characters. Both channels show revisions this way.
/// </summary>
public static class DiffDigest
{
    public const int MaxCharacters = 3000;

    /// <summary>Unchanged words kept on each side of a change.</summary>
    private const int Context = 60;

    private const string Gap = " … ";

    /// <summary>The changes from <paramref name="before"/> to <paramref name="after"/>; empty when the words are the same.</summary>
    public static IReadOnlyList<DiffSegment> Between(string before, string after)
    {
        var diff = WordDiff.Compute(before, after);
        if (!WordDiff.HasChanges(diff))
        {
            return [];
        }

        var changes = new List<DiffSegment>();
        var used = 0;
        for (var i = 0; i < diff.Count; i++)
        {
            var segment = diff[i];
            var text = segment.Kind == DiffKind.Same ? Shorten(segment.Text, keepStart: i > 0, keepEnd: i < diff.Count - 1) : segment.Text;
            if (used + text.Length > MaxCharacters)
            {
                changes.Add(new DiffSegment(DiffKind.Same, Gap + "(more changes not shown here)"));
                break;
            }

            changes.Add(segment with { Text = text });
            used += text.Length;
        }

        return changes;
    }

    // The start of an unchanged stretch follows a change and its end leads to the next one: keep those words, drop the middle.
    private static string Shorten(string text, bool keepStart, bool keepEnd)
    {
        if (text.Length <= 2 * Context + Gap.Length)
        {
            return text;
        }

        var start = keepStart ? Head(text) : "";
        var end = keepEnd ? Tail(text) : "";
        return (start.Length == 0 ? Gap.TrimStart() : start + Gap) + end;
    }

    private static string Head(string text)
    {
        var cut = text.LastIndexOfAny([' ', '\n'], Context);
        cut = cut > Context / 2 ? cut : Context;
        return text[..(char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut)].TrimEnd();
    }

    private static string Tail(string text)
    {
        var from = text.Length - Context;
        var cut = text.IndexOfAny([' ', '\n'], from);
        cut = cut >= 0 && cut < from + Context / 2 ? cut + 1 : from;
        return text[(char.IsLowSurrogate(text[cut]) ? cut + 1 : cut)..];
    }
}
