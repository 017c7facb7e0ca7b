using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace PostApprovalBot.Slack.Channel.Background;

/// <summary>
/// Work that must not hold up Slack's 3-second acknowledgement (events, approval clicks): queued here and run
/// by <see cref="SlackBackgroundWorker"/>, each item in its own DI scope. Bounded, so a flood cannot eat memory.
/// </summary>
public sealed class SlackBackgroundWork(ILogger<SlackBackgroundWork> logger)
{
    public const int Capacity = 1_000;

    private readonly Channel<SlackWorkItem> _queue = System.Threading.Channels.Channel.CreateBounded<SlackWorkItem>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    internal ChannelReader<SlackWorkItem> Reader => _queue.Reader;

    /// <summary>Queues <paramref name="work"/>; false (and logged) when the queue is full.</summary>
    public bool Enqueue(string description, Func<IServiceProvider, CancellationToken, Task> work)
    {
        if (_queue.Writer.TryWrite(new SlackWorkItem(description, work)))
        {
            return true;
        }
        logger.LogError("The Slack work queue is full ({Capacity} items); dropped: {Work}.", Capacity, description);
        return false;
    }
}
