namespace PostApprovalBot.Core.Audit.Explorer;

/// <summary>The days From..To (UTC, inclusive) of the explorer, and what to keep of their events.</summary>
public sealed record AuditQuery(DateOnly From, DateOnly To, AuditEventFilter Filter)
{
    /// <summary>A page reads one ledger partition per day: a month at most, so a request's cost stays bounded.</summary>
    public const int MostDays = 31;

    public int Days => To.DayNumber - From.DayNumber + 1;

    public string? Validate() =>
        To < From ? "The period ends before it starts."
        : Days > MostDays ? $"The period has {Days} days; the explorer reads at most {MostDays} at a time. Narrow the dates, or use the audit CLI's export for a longer period."
        : null;
}
