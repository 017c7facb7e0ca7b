using System.Text;

namespace PostApprovalBot.Slack.BlockKit;

/// <summary>Builds mrkdwn safely: user text is escaped so it cannot inject links, mentions or broadcasts.</summary>
public static class SlackMrkdwn
{
    /// <summary>Escapes the three characters Slack treats as control characters in mrkdwn.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>Bold user text: escaped, and blank text shows nothing rather than stray asterisks.</summary>
    public static string Bold(string text) => string.IsNullOrWhiteSpace(text) ? "" : $"*{Escape(text.Trim())}*";

    /// <summary>A mention that Slack renders as the user's current name.</summary>
    public static string UserMention(string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        if (!userId.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException("A Slack user id has letters and digits only.", nameof(userId));
        }
        return $"<@{userId}>";
    }

    /// <summary>A link with an escaped label; only http and https targets are allowed.</summary>
    public static string Link(Uri url, string label)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("Only absolute http(s) links are allowed.", nameof(url));
        }
        // '|' separates target from label in Slack links, so it must not appear unescaped in the target.
        var target = Escape(url.AbsoluteUri).Replace("|", "%7C", StringComparison.Ordinal);
        return $"<{target}|{Escape(label)}>";
    }
}
