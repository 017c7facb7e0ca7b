using PostApprovalBot.Core.Audit;

namespace PostApprovalBot.Host.Audit;

/// <summary>Audit settings (section "Audit").</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>How long audit data must be kept; nothing in the product deletes it before (or after) that.</summary>
    public int RetentionYears { get; set; } = RetentionPolicy.DefaultYears;

    /// <summary>How often the ledger repair pass looks for events a crash kept out of the daily ledger.</summary>
    public TimeSpan RepairInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>An intent younger than this may belong to a commit still in flight, so repair leaves it alone.</summary>
    public TimeSpan RepairGrace { get; set; } = TimeSpan.FromMinutes(2);

    public string? Validate()
    {
        if (RetentionYears is < RetentionPolicy.MinimumYears or > RetentionPolicy.MaximumYears)
            return $"Audit:RetentionYears must be between {RetentionPolicy.MinimumYears} and {RetentionPolicy.MaximumYears}.";
        if (RepairInterval <= TimeSpan.Zero || RepairGrace < TimeSpan.Zero)
            return "Audit:RepairInterval must be positive and Audit:RepairGrace not negative.";
        return null;
    }
}
