namespace PostApprovalBot.Core.Drafts;

/// <summary>What the submitter wants published, and what reviewers need to judge it.</summary>
public sealed record DraftContent(
    string Text,
    IReadOnlyList<string> Links,
    string? Sources,
    ScheduledTime? Schedule)
{
    public static DraftContent TextOnly(string text) => new(text, [], null, null);
}
