namespace PostApprovalBot.Core.Audit.Export;

/// <summary>An export ready to send: UTF-8 bytes, the media type and a file name to offer.</summary>
public sealed record AuditExportFile(string FileName, string ContentType, byte[] Content);
