using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Core.Tests.Fakes;

/// <summary>A chat channel that records what it was asked to show, and to whom.</summary>
public sealed class FakeMessenger(ChatChannel channel) : IChatMessenger
{
    public ChatChannel Channel => channel;

    public List<(string Person, string Stage, bool CanAct)> ApprovalCards { get; } = [];

    public List<(string Person, string Stage, bool CanAct)> ApprovalUpdates { get; } = [];

    public List<string> StatusCards { get; } = [];

    public List<string> StatusUpdates { get; } = [];

    public List<SubmitterNotice> Notices { get; } = [];

    public Task<string> PostApprovalCardAsync(ChatContact approver, ReviewerView view, CancellationToken cancellationToken)
    {
        ApprovalCards.Add((approver.Person.Id.Value, view.StageName, view.CanAct));
        return Task.FromResult($"{channel}-card-{ApprovalCards.Count}");
    }

    public Task UpdateApprovalCardAsync(ChatContact approver, PostedCard card, ReviewerView view, CancellationToken cancellationToken)
    {
        ApprovalUpdates.Add((approver.Person.Id.Value, view.StageName, view.CanAct));
        return Task.CompletedTask;
    }

    public Task<string> PostStatusCardAsync(ChatContact submitter, DraftOverview overview, CancellationToken cancellationToken)
    {
        StatusCards.Add(submitter.Person.Id.Value);
        return Task.FromResult($"{channel}-status");
    }

    public Task UpdateStatusCardAsync(ChatContact submitter, PostedCard card, DraftOverview overview, CancellationToken cancellationToken)
    {
        StatusUpdates.Add(submitter.Person.Id.Value);
        return Task.CompletedTask;
    }

    public Task TellSubmitterAsync(ChatContact submitter, SubmitterNotice notice, CancellationToken cancellationToken)
    {
        Notices.Add(notice);
        return Task.CompletedTask;
    }
}
