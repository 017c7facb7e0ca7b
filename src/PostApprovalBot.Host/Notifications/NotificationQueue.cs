using System.Threading.Channels;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Host.Notifications;

/// <summary>
/// Takes committed changes off the request path: the person who acted gets their answer at once,
/// and the messages to everyone else go out from <see cref="NotificationWorker"/>.
/// </summary>
public sealed class NotificationQueue : IDraftEventSink
{
    private readonly Channel<DraftOutcome> _queue = Channel.CreateUnbounded<DraftOutcome>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<DraftOutcome> Reader => _queue.Reader;

    public Task OnCommittedAsync(DraftOutcome outcome, CancellationToken cancellationToken) =>
        _queue.Writer.WriteAsync(outcome, CancellationToken.None).AsTask();
}
