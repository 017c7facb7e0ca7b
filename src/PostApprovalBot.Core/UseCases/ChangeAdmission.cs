namespace PostApprovalBot.Core.UseCases;

/// <summary>
/// Back-pressure at the door: at most <c>maxConcurrent</c> changes run at once, and a change that cannot start
/// within <c>maxWait</c> is refused as busy before anything is read or promised. An overloaded host then says
/// "busy, try again" at once instead of answering late, or answering "working on it" and failing afterwards.
/// </summary>
public sealed class ChangeAdmission(int maxConcurrent, TimeSpan maxWait)
{
    public const int DefaultMaxConcurrent = 64;
    public static readonly TimeSpan DefaultMaxWait = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _slots = new(maxConcurrent, maxConcurrent);

    public static ChangeAdmission Default() => new(DefaultMaxConcurrent, DefaultMaxWait);

    /// <summary>A slot to release when the change is done, or null when the host is too busy to start it now.</summary>
    public async Task<IDisposable?> TryEnterAsync(CancellationToken cancellationToken) =>
        await _slots.WaitAsync(maxWait, cancellationToken) ? new Slot(_slots) : null;

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) slots.Release();
        }
    }
}
