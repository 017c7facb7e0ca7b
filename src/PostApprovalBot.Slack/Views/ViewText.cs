using PostApprovalBot.Slack.BlockKit;

namespace PostApprovalBot.Slack.Views;

/// <summary>Wording and layout pieces shared by the bot's views.</summary>
internal static class ViewText
{
    private const int MaxPackedLine = 1_400;

    public static string Verdict(ApprovalVerdict verdict) => verdict switch
    {
        ApprovalVerdict.Approve => ":white_check_mark: approved",
        ApprovalVerdict.Reject => ":no_entry: rejected",
        _ => ":leftwards_arrow_with_hook: requested changes",
    };

    public static string Progress(DraftProgress progress) => progress switch
    {
        DraftProgress.InReview => "in review",
        DraftProgress.ChangesRequested => "changes requested",
        DraftProgress.Approved => "approved",
        DraftProgress.Rejected => "rejected",
        DraftProgress.Expired => "expired",
        _ => "withdrawn",
    };

    public static string Decision(DecisionLine decision)
    {
        var when = string.IsNullOrWhiteSpace(decision.WhenText) ? "" : $", {SlackMrkdwn.Escape(decision.WhenText)}";
        var line = $"*{SlackMrkdwn.Escape(decision.StageName)}*: {Verdict(decision.Verdict)} by {SlackMrkdwn.Escape(decision.DeciderName)}{when}";
        return string.IsNullOrWhiteSpace(decision.Comment) ? line : $"{line}\n>{SlackMrkdwn.Escape(decision.Comment.Trim()).Replace("\n", "\n>", StringComparison.Ordinal)}";
    }

    /// <summary>The first characters of a text on one line, for lists and notifications.</summary>
    public static string Preview(string text, int max)
    {
        var oneLine = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return oneLine.Length == 0 ? "(empty)" : Limits.Truncate(oneLine, max, isMarkup: false);
    }

    /// <summary>
    /// Packs lines under a bold heading into as few sections as fit (≤3,000 characters each), using at most
    /// <paramref name="maxBlocks"/> blocks; lines that do not fit are counted in a closing "…and N more".
    /// </summary>
    public static IReadOnlyList<Block> PackLines(string heading, IReadOnlyList<string> lines, int maxBlocks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBlocks, 2);
        var blocks = new List<Block>();
        var current = $"*{heading}*";
        var shown = 0;
        for (; shown < lines.Count; shown++)
        {
            // Two of the longest lines and the heading share one section, so one long comment cannot crowd out the rest.
            var line = Limits.Truncate(lines[shown], MaxPackedLine, isMarkup: true);
            if (current.Length + 1 + line.Length <= BlockKitLimits.SectionText)
            {
                current = $"{current}\n{line}";
                continue;
            }
            // Room must stay for this section, the next one and a possible "…and N more".
            if (blocks.Count + 3 > maxBlocks)
            {
                break;
            }
            blocks.Add(new SectionBlock(new MrkdwnText(current)));
            current = line;
        }
        blocks.Add(new SectionBlock(new MrkdwnText(current)));
        if (shown < lines.Count)
        {
            blocks.Add(new ContextBlock(new MrkdwnText($"…and {lines.Count - shown} more not shown here.")));
        }
        return blocks;
    }

    /// <summary>Splits user text into plain-text sections without cutting a word when a space is near.</summary>
    public static IReadOnlyList<Block> PlainTextSections(string text, int maxBlocks, out int hiddenCharacters)
    {
        var blocks = new List<Block>();
        var rest = text.AsSpan();
        while (rest.Length > 0 && blocks.Count < maxBlocks)
        {
            var take = Math.Min(rest.Length, BlockKitLimits.SectionText);
            if (take < rest.Length)
            {
                var space = rest[..take].LastIndexOfAny(' ', '\n');
                take = space > take - 200 ? space + 1 : take;
                take = char.IsHighSurrogate(rest[take - 1]) ? take - 1 : take;
            }
            blocks.Add(new SectionBlock(new PlainText(rest[..take].ToString())));
            rest = rest[take..];
        }
        hiddenCharacters = rest.Length;
        return blocks;
    }
}
