using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Integration.Tests.Workflow;

/// <summary>A chat channel that counts what it sends and can be told to fail, like a chat API in an outage.</summary>
public sealed class CountingMessenger : IChatMessenger
{
    private int _approvalCards;

    public ChatChannel Channel => ChatChannel.Teams;

    public bool Failing { get; set; }

    public int ApprovalCards => _approvalCards;

    public Task<string> PostApprovalCardAsync(ChatContact approver, ReviewerView view, CancellationToken cancellationToken)
    {
        if (Failing) throw new HttpRequestException("The chat API answered 503.");
        return Task.FromResult("card-" + Interlocked.Increment(ref _approvalCards));
    }

    public Task UpdateApprovalCardAsync(ChatContact approver, PostedCard card, ReviewerView view, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<string> PostStatusCardAsync(ChatContact submitter, DraftOverview overview, CancellationToken cancellationToken) => Task.FromResult("status");

    public Task UpdateStatusCardAsync(ChatContact submitter, PostedCard card, DraftOverview overview, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task TellSubmitterAsync(ChatContact submitter, SubmitterNotice notice, CancellationToken cancellationToken) => Task.CompletedTask;
}
