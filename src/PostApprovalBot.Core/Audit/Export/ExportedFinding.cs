namespace PostApprovalBot.Core.Audit.Export;

/// <summary>A policy finding on a revision; Start and Length are UTF-16 offsets into the revision's text.</summary>
public sealed record ExportedFinding(string Code, string Severity, string Message, int Start, int Length);
