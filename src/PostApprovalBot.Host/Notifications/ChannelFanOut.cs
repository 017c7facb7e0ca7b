using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Host.Notifications;

/// <summary>
/// Passes every committed change to each chat channel. A channel that fails does not undo the
/// decision (it is already stored) and does not stop the other channels from hearing about it.
/// </summary>
public sealed class ChannelFanOut(IEnumerable<IChannelNotifier> channels, ILogger<ChannelFanOut> logger) : IDraftEventSink
{
    public async Task OnCommittedAsync(DraftOutcome outcome, CancellationToken cancellationToken)
    {
        foreach (var channel in channels)
        {
            try
            {
                await channel.NotifyAsync(outcome, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Could not notify {Channel} about draft {DraftId}.", channel.GetType().Name, outcome.Overview.Draft.Id);
            }
        }
    }
}
