using System.Collections.Concurrent;
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

    /// <summary>How long each approval card takes to post, like a slow chat API.</summary>
    public TimeSpan Delay { get; set; }

    public int ApprovalCards => _approvalCards;

    /// <summary>Approval cards posted per draft and approver.</summary>
    public ConcurrentDictionary<(string DraftId, string Approver), int> CardsPerApprover { get; } = new();

    public async Task<string> PostApprovalCardAsync(ChatContact approver, ReviewerView view, CancellationToken cancellationToken)
    {
        if (Failing) throw new HttpRequestException("The chat API answered 503.");
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay, cancellationToken);
        CardsPerApprover.AddOrUpdate((view.Overview.Draft.Id, approver.Person.Id.Value), 1, (_, n) => n + 1);
        return "card-" + Interlocked.Increment(ref _approvalCards);
    }

    public Task UpdateApprovalCardAsync(ChatContact approver, PostedCard card, ReviewerView view, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<string> PostStatusCardAsync(ChatContact submitter, DraftOverview overview, CancellationToken cancellationToken) => Task.FromResult("status");

    public Task UpdateStatusCardAsync(ChatContact submitter, PostedCard card, DraftOverview overview, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task TellSubmitterAsync(ChatContact submitter, SubmitterNotice notice, CancellationToken cancellationToken) => Task.CompletedTask;
}
