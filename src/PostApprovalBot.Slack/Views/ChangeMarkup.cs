using System.Text;
using PostApprovalBot.Slack.BlockKit;

namespace PostApprovalBot.Slack.Views;

/// <summary>
/// A word-level comparison as mrkdwn sections: removed words ~struck~, added words *bold*, the rest as written (all escaped).
/// Slack formats a run only when its markers touch words and stay on one line, so each marked run is cut at line breaks and
/// its surrounding spaces are kept outside the markers.
/// </summary>
internal static class ChangeMarkup
{
    public const string Legend = "_~Struck~ words were removed; *bold* words were added._";

    public static IReadOnlyList<Block> Sections(string heading, IReadOnlyList<TextChange> changes, int maxBlocks)
    {
        var lines = Lines(changes);
        var blocks = new List<Block>();
        var current = new StringBuilder($"*{heading}*");
        var shown = 0;
        for (; shown < lines.Count; shown++)
        {
            var line = Limits.Truncate(lines[shown], BlockKitLimits.SectionText - heading.Length - 10, isMarkup: true);
            if (current.Length + 1 + line.Length <= BlockKitLimits.SectionText)
            {
                current.Append('\n').Append(line);
                continue;
            }
            if (blocks.Count + 3 > maxBlocks)
            {
                break;
            }
            blocks.Add(new SectionBlock(new MrkdwnText(current.ToString())));
            current.Clear().Append(line);
        }
        blocks.Add(new SectionBlock(new MrkdwnText(current.ToString())));
        blocks.Add(new ContextBlock(new MrkdwnText(shown < lines.Count ? $"{Legend} …and {lines.Count - shown} more line(s) not shown here." : Legend)));
        return blocks;
    }

    private static List<string> Lines(IReadOnlyList<TextChange> changes)
    {
        var lines = new List<StringBuilder> { new() };
        foreach (var change in changes)
        {
            var parts = change.Text.ReplaceLineEndings("\n").Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    lines.Add(new StringBuilder());
                }
                lines[^1].Append(Mark(change.Kind, parts[i]));
            }
        }
        return lines.Select(l => l.ToString()).Where(l => l.Trim().Length > 0).ToList();
    }

    private static string Mark(TextChangeKind kind, string text)
    {
        var core = text.Trim();
        if (kind == TextChangeKind.Same || core.Length == 0)
        {
            return SlackMrkdwn.Escape(text);
        }
        var lead = text[..(text.Length - text.TrimStart().Length)];
        var trail = text[text.TrimEnd().Length..];
        var marker = kind == TextChangeKind.Removed ? "~" : "*";
        return lead + marker + SlackMrkdwn.Escape(core) + marker + trail;
    }
}
