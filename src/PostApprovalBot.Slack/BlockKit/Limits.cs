namespace PostApprovalBot.Slack.BlockKit;

/// <summary>Applies Block Kit limits: shortens display text, refuses oversized structure.</summary>
internal static class Limits
{
    public const string Ellipsis = "…";

    /// <summary>
    /// Cuts <paramref name="text"/> to at most <paramref name="max"/> characters ending in an ellipsis. For mrkdwn it
    /// never cuts inside an entity (<c>&amp;amp;</c>) or a <c>&lt;…&gt;</c> link or mention, which would break the markup.
    /// </summary>
    public static string Truncate(string text, int max, bool isMarkup)
    {
        if (text.Length <= max)
        {
            return text;
        }
        var cut = max - Ellipsis.Length;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }
        if (isMarkup)
        {
            cut = BeforeOpenToken(text, cut, '&', ';');
            cut = BeforeOpenToken(text, cut, '<', '>');
        }
        return string.Concat(text.AsSpan(0, cut), Ellipsis);
    }

    public static string Require(string text, int max, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : throw new BlockKitLimitException(what, max, text.Length);
    }

    public static string RequireId(string id, int max, string what)
    {
        ArgumentException.ThrowIfNullOrEmpty(id, what);
        return Require(id, max, what);
    }

    public static IReadOnlyList<T> RequireCount<T>(IEnumerable<T> items, int min, int max, string what)
    {
        var list = items.ToList();
        if (list.Count > max)
        {
            throw new BlockKitLimitException(what, max, list.Count);
        }
        return list.Count >= min ? list : throw new ArgumentException($"{what} needs at least {min}.", nameof(items));
    }

    private static int BeforeOpenToken(string text, int cut, char open, char close)
    {
        var lastOpen = text.LastIndexOf(open, Math.Max(cut - 1, 0), cut);
        if (lastOpen < 0)
        {
            return cut;
        }
        var closed = text.IndexOf(close, lastOpen, cut - lastOpen) >= 0;
        return closed ? cut : lastOpen;
    }
}
