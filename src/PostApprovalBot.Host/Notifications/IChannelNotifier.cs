using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Host.Notifications;

/// <summary>A chat channel (Teams, Slack) that tells its people what a committed change means for them.</summary>
public interface IChannelNotifier
{
    Task NotifyAsync(DraftOutcome outcome, CancellationToken cancellationToken);
}
