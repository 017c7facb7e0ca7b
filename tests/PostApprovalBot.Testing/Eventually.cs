namespace PostApprovalBot.Testing;

/// <summary>
/// Waits for something the bot does in the background (notifications, queued Slack work) by polling with a
/// bounded timeout, never by sleeping a fixed time.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public static async Task<T> GetAsync<T>(Func<T?> probe, string what, TimeSpan? timeout = null)
        where T : class
    {
        var patience = timeout ?? Timeout;
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            if (probe() is { } found) return found;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Gave up after {patience.TotalSeconds} s waiting for {what}.");
            await Task.Delay(50);
        }
    }

    public static Task HoldsAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        GetAsync(() => condition() ? "yes" : null, what, timeout);
}
