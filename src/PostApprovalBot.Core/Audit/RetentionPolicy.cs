using PostApprovalBot.Core.Outcomes;

namespace PostApprovalBot.Core.Audit;

/// <summary>
/// How long audit data must be kept (Audit:RetentionYears, default 7). The product offers no way to
/// delete audit data at all; any future delete path (a purge job, a GDPR erasure tool) must ask
/// <see cref="CheckDeletion"/> first and refuse what is still inside the period.
/// </summary>
public sealed record RetentionPolicy
{
    public const int DefaultYears = 7;
    public const int MinimumYears = 1;
    public const int MaximumYears = 100;

    public RetentionPolicy(int years)
    {
        if (years is < MinimumYears or > MaximumYears)
            throw new ArgumentOutOfRangeException(nameof(years), years, $"Audit retention must be {MinimumYears} to {MaximumYears} years.");
        Years = years;
    }

    public static RetentionPolicy Default { get; } = new(DefaultYears);

    public int Years { get; }

    /// <summary>The first moment a record made at <paramref name="recordedAt"/> may be deleted.</summary>
    public DateTimeOffset KeepUntil(DateTimeOffset recordedAt) => recordedAt.ToUniversalTime().AddYears(Years);

    public bool MayDelete(DateTimeOffset recordedAt, DateTimeOffset now) => now >= KeepUntil(recordedAt);

    /// <summary>Null when the record may go; otherwise the refusal to show whoever asked.</summary>
    public Refusal? CheckDeletion(DateTimeOffset recordedAt, DateTimeOffset now) => MayDelete(recordedAt, now)
        ? null
        : new Refusal(RefusalCode.InvalidTransition,
            $"Audit records must be kept for {Years} years: this one (recorded {recordedAt.UtcDateTime:yyyy-MM-dd}) may not be deleted before {KeepUntil(recordedAt).UtcDateTime:yyyy-MM-dd}.");
}
