namespace PostApprovalBot.Core.Audit.Export;

public enum ExportFormat
{
    Json,
    Csv,
}
