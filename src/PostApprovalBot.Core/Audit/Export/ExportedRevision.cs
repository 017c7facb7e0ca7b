namespace PostApprovalBot.Core.Audit.Export;

/// <summary>One revision's full text and what reviewers saw with it.</summary>
public sealed record ExportedRevision(
    int Number,
    string AuthorId,
    string AuthorName,
    DateTimeOffset CreatedAt,
    string Text,
    string TextSha256,
    IReadOnlyList<string> Links,
    string? Sources,
    DateTimeOffset? ScheduledUtc,
    string? ScheduledTimeZone,
    IReadOnlyList<ExportedFinding> Findings);
