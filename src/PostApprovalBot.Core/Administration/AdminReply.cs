namespace PostApprovalBot.Core.Administration;

/// <summary>The answer to an admin chat command: a headline and the lines under it.</summary>
public sealed record AdminReply(bool Succeeded, string Title, IReadOnlyList<string> Lines)
{
    public static AdminReply Done(string title, params IEnumerable<string> lines) => new(true, title, [.. lines]);

    public static AdminReply Failed(string title, params IEnumerable<string> lines) => new(false, title, [.. lines]);
}
