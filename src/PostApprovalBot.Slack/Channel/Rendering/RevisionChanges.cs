using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Slack.Views;

namespace PostApprovalBot.Slack.Channel.Rendering;

/// <summary>
/// The core's word diff of two texts as a card shows it: changed words in full, long unchanged stretches shortened to the words
/// around the changes ("…"), and at most <see cref="MaxCharacters"/> characters, so the message stays within Slack's section limits.
/// </summary>
internal static class RevisionChanges
{
    public const int MaxCharacters = 3000;

    /// <summary>Unchanged words kept on each side of a change.</summary>
    private const int Context = 60;

    private const string Gap = " … ";

    /// <summary>The changes from <paramref name="before"/> to <paramref name="after"/>; empty when the words are the same.</summary>
    public static IReadOnlyList<TextChange> Between(string before, string after)
    {
        var diff = WordDiff.Compute(before, after);
        if (!WordDiff.HasChanges(diff))
        {
            return [];
        }

        var changes = new List<TextChange>();
        var used = 0;
        for (var i = 0; i < diff.Count; i++)
        {
            var segment = diff[i];
            var text = segment.Kind == DiffKind.Same ? Shorten(segment.Text, keepStart: i > 0, keepEnd: i < diff.Count - 1) : segment.Text;
            if (used + text.Length > MaxCharacters)
            {
                changes.Add(new TextChange(TextChangeKind.Same, Gap + "(more changes not shown here)"));
                break;
            }

            changes.Add(new TextChange(Kind(segment.Kind), text));
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

    private static TextChangeKind Kind(DiffKind kind) => kind switch
    {
        DiffKind.Added => TextChangeKind.Added,
        DiffKind.Removed => TextChangeKind.Removed,
        _ => TextChangeKind.Same,
    };
}
