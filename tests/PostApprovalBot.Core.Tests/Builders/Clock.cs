namespace PostApprovalBot.Core.Tests.Builders;

/// <summary>A clock that stands still until a test moves it.</summary>
public sealed class Clock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public DateTimeOffset Advance(TimeSpan by) => Now += by;
}
