using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PostApprovalBot.Core.Policy;

/// <summary>Counts a post's length the way its platform does.</summary>
public static partial class PostLengthCounter
{
    // A link ends before trailing punctuation and before a closing bracket it did not open,
    // so "see https://acme.example." and "(https://acme.example)" name the host people meant.
    [GeneratedRegex(@"\bhttps?://(?:[^\s<>""()]|\([^\s<>""()]*\))+(?<![.,;:!?'""])", RegexOptions.IgnoreCase)]
    public static partial Regex UrlPattern();

    public static int Count(string text, PlatformRule rule) => rule.Counting switch
    {
        LengthCounting.Characters => CodePoints(text),
        LengthCounting.Graphemes => new StringInfo(text).LengthInTextElements,
        LengthCounting.CharactersWithFixedUrls => WithFixedUrls(text, rule.UrlLength, CodePoints),
        LengthCounting.XWeighted => WithFixedUrls(text, rule.UrlLength, XWeight),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Counting, "Unknown counting rule."),
    };

    private static int CodePoints(string text) => text.EnumerateRunes().Count();

    private static int WithFixedUrls(string text, int urlLength, Func<string, int> countRest)
    {
        var urls = UrlPattern().Matches(text);
        var rest = UrlPattern().Replace(text, "");
        return countRest(rest) + urls.Count * urlLength;
    }

    // X weighs Latin, general punctuation and a few symbol ranges as 1 and everything else
    // (CJK, most other scripts) as 2; an emoji sequence counts 2 however many code points it has.
    private static int XWeight(string text)
    {
        var total = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var grapheme = (string)elements.Current;
            if (IsEmoji(grapheme)) { total += 2; continue; }
            foreach (var rune in grapheme.EnumerateRunes()) total += IsLightRune(rune) ? 1 : 2;
        }
        return total;
    }

    private static bool IsLightRune(Rune rune) => rune.Value switch
    {
        <= 0x10FF => true,
        >= 0x2000 and <= 0x200D => true,
        >= 0x2010 and <= 0x201F => true,
        >= 0x2032 and <= 0x2037 => true,
        _ => false,
    };

    private static bool IsEmoji(string grapheme)
    {
        foreach (var rune in grapheme.EnumerateRunes())
        {
            if (rune.Value is >= 0x1F000 and <= 0x1FAFF || rune.Value is 0xFE0F or 0x200D) return true;
            if (rune.Value is >= 0x2600 and <= 0x27BF) return true;
        }
        return false;
    }
}
