using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace PostApprovalBot.Slack.Channel.FollowUps;

/// <summary>
/// What is said or shown after Slack was answered (a refusal told privately, a late /post answer, a fresh review copy,
/// the Home tab): run by <see cref="SlackFollowUpWorker"/>, each item in its own DI scope. Never a state change: by the
/// time something is queued here, what it reports is already stored (or was never going to be). Bounded, so a flood
/// cannot eat memory; an item that does not fit is logged, never dropped silently.
/// </summary>
public sealed class SlackFollowUps(ILogger<SlackFollowUps> logger)
{
    public const int Capacity = 1_000;

    private readonly Channel<SlackFollowUp> _queue = System.Threading.Channels.Channel.CreateBounded<SlackFollowUp>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    internal ChannelReader<SlackFollowUp> Reader => _queue.Reader;

    /// <summary>Queues <paramref name="work"/>; false (and logged) when the queue is full or the host is stopping.</summary>
    public bool Enqueue(string description, Func<IServiceProvider, CancellationToken, Task> work)
    {
        if (_queue.Writer.TryWrite(new SlackFollowUp(description, work)))
        {
            return true;
        }
        logger.LogError("Slack follow-up not queued (queue full at {Capacity} items, or shutting down): {Work}.", Capacity, description);
        return false;
    }

    /// <summary>Takes no more items; those already queued still run.</summary>
    internal void Close() => _queue.Writer.TryComplete();
}
