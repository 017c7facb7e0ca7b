using System.Text.RegularExpressions;

namespace PostApprovalBot.Slack.Channel.Commands;

/// <summary>
/// Turns the text Slack delivers back into what the person typed: Slack wraps links and mentions in
/// &lt;…&gt; tokens and escapes &amp;, &lt; and &gt;. A draft's words must reach approvers as written.
/// </summary>
public static partial class SlackTypedText
{
    public static string ToPlain(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var plain = Tokens().Replace(text, match =>
        {
            var target = match.Groups["target"].Value;
            var label = match.Groups["label"].Success ? match.Groups["label"].Value : null;
            return target[0] switch
            {
                '#' => "#" + (label ?? target[1..]),
                '@' or '!' => label is null ? match.Value : (target[0] == '@' ? "@" : "") + label,
                _ => label ?? target,
            };
        });
        return plain.Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<(?<target>[^<>|]+)(\|(?<label>[^<>]*))?>", RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();
}
