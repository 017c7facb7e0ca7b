using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Policy;

namespace PostApprovalBot.Core.Tests.Builders;

/// <summary>Texts of known length and a short way to run the policy check on them.</summary>
public static class Posts
{
    public const string FamilyEmoji = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";
    public const string FrenchFlag = "\U0001F1EB\U0001F1F7";

    public static string Repeat(string piece, int times) => string.Concat(Enumerable.Repeat(piece, times));

    public static string Letters(int count) => new('a', count);

    /// <summary>A link of exactly <paramref name="length"/> characters.</summary>
    public static string Url(int length)
    {
        const string prefix = "https://x.example/";
        return prefix + new string('p', length - prefix.Length);
    }

    public static PolicyReport Check(string text, Platform platform = Platform.LinkedIn, PolicySettings? settings = null) =>
        DraftPolicyCheck.Check(DraftContent.TextOnly(text), platform, settings ?? PolicySettings.Default);

    public static PolicyReport Check(DraftContent content, PolicySettings settings, Platform platform = Platform.LinkedIn) =>
        DraftPolicyCheck.Check(content, platform, settings);

    public static IReadOnlyList<string> Codes(this PolicyReport report) => report.Findings.Select(f => f.Code).ToList();

    public static int Length(string text, Platform platform) => PostLengthCounter.Count(text, PlatformRules.Default.For(platform));

    /// <summary>The part of the text a finding points at.</summary>
    public static string Marked(this PolicyFinding finding, string text) => text.Substring(finding.Start, finding.Length);
}
