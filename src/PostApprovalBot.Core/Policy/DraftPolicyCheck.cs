using System.Text.RegularExpressions;
using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Drafts;

namespace PostApprovalBot.Core.Policy;

/// <summary>Checks a draft against the platform's limits and the company's policy before anyone reviews it.</summary>
public static partial class DraftPolicyCheck
{
    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    // International or national numbers with at least 8 digits, allowing spaces, dots, dashes and brackets.
    [GeneratedRegex(@"(?<![\w])\+?\d[\d\s().-]{6,}\d(?![\w])")]
    private static partial Regex PhonePattern();

    // Dates (2025-06-30, 30.06.2025, 06/30/2025) and year ranges (1998-2025) have eight digits too.
    [GeneratedRegex(@"(?<![\w.\-/])(?:(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|[12]\d|3[01])[-./](?:19|20)\d{2}|(?:19|20)\d{2}\s*[-\u2013]\s*(?:19|20)\d{2})(?!\w|[.\-/]\d)")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<![\w#])#\w+")]
    private static partial Regex HashtagPattern();

    public static PolicyReport Check(DraftContent content, Platform platform, PolicySettings settings)
    {
        var findings = new List<PolicyFinding>();
        var text = content.Text;
        CheckLength(text, settings.PlatformRules.For(platform), findings);
        var extraGroups = CheckLexicon(text, settings.Lexicon, findings);
        CheckPersonalData(text, findings);
        CheckLinks(text, content.Links, settings.AllowedLinkDomains, findings);
        return new PolicyReport(findings, extraGroups);
    }

    private static void CheckLength(string text, PlatformRule rule, List<PolicyFinding> findings)
    {
        // Control characters print nothing: a text made only of them and spaces has nothing to publish.
        if (text.All(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            findings.Add(new("text.empty", FindingSeverity.Block, "The post has no text."));
        var length = PostLengthCounter.Count(text, rule);
        if (length > rule.MaxLength)
            findings.Add(new("length.exceeded", FindingSeverity.Block,
                $"{rule.Platform} allows {rule.MaxLength} characters as it counts them; this post has {length}. Shorten it by {length - rule.MaxLength}.",
                0, text.Length));
        if (rule.MaxHashtags is { } maxTags)
        {
            var tags = HashtagPattern().Matches(text);
            if (tags.Count > maxTags)
                findings.Add(new("hashtags.exceeded", FindingSeverity.Block,
                    $"{rule.Platform} allows at most {maxTags} hashtags; this post has {tags.Count}.",
                    tags[maxTags].Index, tags[maxTags].Length));
        }
    }

    private static List<string> CheckLexicon(string text, IReadOnlyList<LexiconTerm> lexicon, List<PolicyFinding> findings)
    {
        var extraGroups = new List<string>();
        foreach (var term in lexicon)
        {
            var pattern = new Regex($@"(?<!\w){Regex.Escape(term.Term)}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            var match = pattern.Match(text);
            if (!match.Success) continue;
            var blocks = term.Action == LexiconAction.Block;
            var why = term.Reason is null ? "" : $" ({term.Reason})";
            findings.Add(new(blocks ? "lexicon.blocked" : "lexicon.flagged",
                blocks ? FindingSeverity.Block : FindingSeverity.Flag,
                blocks ? $"\"{match.Value}\" may not be used in company posts{why}." : $"\"{match.Value}\" needs a reviewer's attention{why}.",
                match.Index, match.Length));
            if (term.ExtraApproverGroupId is { } group && !extraGroups.Contains(group)) extraGroups.Add(group);
        }
        return extraGroups;
    }

    private static void CheckPersonalData(string text, List<PolicyFinding> findings)
    {
        foreach (Match m in EmailPattern().Matches(text))
            findings.Add(new("personal-data.email", FindingSeverity.Flag,
                $"The text contains an e-mail address ({m.Value}). Remove it unless it is a public company address.", m.Index, m.Length));
        // Dates are blanked out with a character phone numbers cannot contain, keeping every offset.
        var withoutDates = DatePattern().Replace(text, m => new string('|', m.Length));
        foreach (Match m in PhonePattern().Matches(withoutDates))
        {
            if (m.Value.Count(char.IsDigit) < 8) continue;
            findings.Add(new("personal-data.phone", FindingSeverity.Flag,
                $"The text contains a phone number ({m.Value.Trim()}). Remove it unless it is a public company number.", m.Index, m.Length));
        }
    }

    private static void CheckLinks(string text, IReadOnlyList<string> links, IReadOnlyList<string> allowedDomains, List<PolicyFinding> findings)
    {
        if (allowedDomains.Count == 0) return;
        var inText = PostLengthCounter.UrlPattern().Matches(text).Select(m => (Url: m.Value, m.Index, m.Length));
        var attached = links.Select(l => (Url: l, Index: 0, Length: 0));
        foreach (var (url, index, length) in inText.Concat(attached))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                findings.Add(new("link.invalid", FindingSeverity.Block, $"'{url}' is not a valid web link.", index, length));
                continue;
            }
            if (IsAllowed(uri.Host, allowedDomains)) continue;
            findings.Add(new("link.domain-not-allowed", FindingSeverity.Block,
                $"Links to {uri.Host} are not on the company's allow-list ({string.Join(", ", allowedDomains)}). Ask an admin to allow it or link elsewhere.",
                index, length));
        }
    }

    private static bool IsAllowed(string host, IReadOnlyList<string> allowedDomains) =>
        allowedDomains.Any(d => host.Equals(d, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + d, StringComparison.OrdinalIgnoreCase));
}
