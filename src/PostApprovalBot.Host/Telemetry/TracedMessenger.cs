using System.Diagnostics;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Host.Telemetry;

/// <summary>A channel's messenger with a span per message sent (draft id, channel, kind) and a count of the ones that failed.</summary>
public sealed class TracedMessenger(IChatMessenger inner, BotMetrics metrics) : IChatMessenger
{
    public ChatChannel Channel => inner.Channel;

    public Task<string> PostApprovalCardAsync(ChatContact approver, ReviewerView view, CancellationToken cancellationToken) =>
        SendAsync("approval-card", view.Overview.Draft.Id, () => inner.PostApprovalCardAsync(approver, view, cancellationToken));

    public Task UpdateApprovalCardAsync(ChatContact approver, PostedCard card, ReviewerView view, CancellationToken cancellationToken) =>
        SendAsync("approval-card-update", view.Overview.Draft.Id, () => Done(inner.UpdateApprovalCardAsync(approver, card, view, cancellationToken)));

    public Task<string> PostStatusCardAsync(ChatContact submitter, DraftOverview overview, CancellationToken cancellationToken) =>
        SendAsync("status-card", overview.Draft.Id, () => inner.PostStatusCardAsync(submitter, overview, cancellationToken));

    public Task UpdateStatusCardAsync(ChatContact submitter, PostedCard card, DraftOverview overview, CancellationToken cancellationToken) =>
        SendAsync("status-card-update", overview.Draft.Id, () => Done(inner.UpdateStatusCardAsync(submitter, card, overview, cancellationToken)));

    public Task TellSubmitterAsync(ChatContact submitter, SubmitterNotice notice, CancellationToken cancellationToken) =>
        SendAsync("submitter-notice", notice.Overview.Draft.Id, () => Done(inner.TellSubmitterAsync(submitter, notice, cancellationToken)));

    private async Task<T> SendAsync<T>(string kind, string draftId, Func<Task<T>> send)
    {
        using var span = BotTracing.Start("notification.send", draftId, ActivityKind.Producer);
        span?.SetTag("chat.channel", inner.Channel.ToString());
        span?.SetTag("notification.kind", kind);
        try
        {
            return await send();
        }
        catch (Exception e)
        {
            span.Failed(e);
            metrics.NotificationFailures.Add(1, new("channel", inner.Channel.ToString()), new("kind", kind));
            throw;
        }
    }

    private static async Task<bool> Done(Task sent)
    {
        await sent;
        return true;
    }
}
