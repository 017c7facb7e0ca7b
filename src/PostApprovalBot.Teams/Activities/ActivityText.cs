using System.Text.RegularExpressions;

namespace PostApprovalBot.Teams.Activities;

/// <summary>The text a person typed, without the <c>&lt;at&gt;Bot&lt;/at&gt;</c> mentions Teams inserts in channels.</summary>
public static partial class ActivityText
{
    /// <summary>
    /// Removes every mention listed in the activity's <c>mention</c> entities from its text and trims the rest.
    /// Only listed mentions are removed, so text that merely looks like markup is kept as typed.
    /// </summary>
    public static string WithoutMentions(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? "";
        foreach (var entity in activity.Entities ?? [])
        {
            if (string.Equals(entity.Type, Entity.MentionType, StringComparison.OrdinalIgnoreCase)
                && !string.IsNullOrEmpty(entity.Text))
            {
                text = text.Replace(entity.Text, " ", StringComparison.Ordinal);
            }
        }

        return RunsOfSpaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex("[ \\t\\u00A0]{2,}")]
    private static partial Regex RunsOfSpaces();
}
