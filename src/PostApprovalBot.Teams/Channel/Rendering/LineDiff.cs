namespace PostApprovalBot.Teams.Channel.Rendering;

/// <summary>What changed between two revisions, line by line, as approvers read it: "- removed" and "+ added".</summary>
internal static class LineDiff
{
    public static string Describe(string before, string after)
    {
        var old = Lines(before);
        var now = Lines(after);
        var remaining = new List<string>(now);
        var changes = new List<string>();
        foreach (var line in old)
        {
            if (!remaining.Remove(line))
            {
                changes.Add("- " + line);
            }
        }

        var unmatched = new List<string>(old);
        foreach (var line in now)
        {
            if (!unmatched.Remove(line))
            {
                changes.Add("+ " + line);
            }
        }

        return changes.Count == 0 ? "The text is unchanged; only links, notes or the schedule may differ." : string.Join('\n', changes);
    }

    private static List<string> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
}
