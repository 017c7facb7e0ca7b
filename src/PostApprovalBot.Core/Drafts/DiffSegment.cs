namespace PostApprovalBot.Core.Drafts;

/// <summary>A run of words that stayed, came or went between two revisions (spacing kept as written).</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);
