using System.Text.RegularExpressions;

namespace PostApprovalBot.Core.Drafts;

/// <summary>
/// Word-level differences between two texts (longest common subsequence over words with their
/// trailing spaces), so reviewers see exactly what changed between revisions.
/// </summary>
public static partial class WordDiff
{
    // Texts longer than this are compared as one changed block: a post diff must stay cheap.
    private const int MaxWords = 4_000;

    [GeneratedRegex(@"\S+\s*|\s+")]
    private static partial Regex Token();

    public static IReadOnlyList<DiffSegment> Compute(string before, string after)
    {
        var a = Token().Matches(before).Select(m => m.Value).ToArray();
        var b = Token().Matches(after).Select(m => m.Value).ToArray();
        if (a.Length > MaxWords || b.Length > MaxWords)
            return Merge([new(DiffKind.Removed, before), new(DiffKind.Added, after)]);

        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lengths[i, j] = Same(a[i], b[j]) ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);

        var segments = new List<DiffSegment>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (Same(a[x], b[y])) { segments.Add(new(DiffKind.Same, b[y])); x++; y++; }
            else if (lengths[x + 1, y] >= lengths[x, y + 1]) segments.Add(new(DiffKind.Removed, a[x++]));
            else segments.Add(new(DiffKind.Added, b[y++]));
        }
        while (x < a.Length) segments.Add(new(DiffKind.Removed, a[x++]));
        while (y < b.Length) segments.Add(new(DiffKind.Added, b[y++]));
        return Merge(segments);
    }

    public static bool HasChanges(IReadOnlyList<DiffSegment> diff) => diff.Any(s => s.Kind != DiffKind.Same);

    // Words compare without their trailing spaces, so re-spacing alone is not a change.
    private static bool Same(string a, string b) => a.TrimEnd() == b.TrimEnd();

    private static List<DiffSegment> Merge(List<DiffSegment> segments)
    {
        var merged = new List<DiffSegment>();
        foreach (var s in segments.Where(s => s.Text.Length > 0))
        {
            if (merged.Count > 0 && merged[^1].Kind == s.Kind) merged[^1] = s with { Text = merged[^1].Text + s.Text };
            else merged.Add(s);
        }
        return merged;
    }
}
