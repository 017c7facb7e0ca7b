using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Core.Tests.Chat;

/// <summary>A channel whose posts to the people in <see cref="FailFor"/> fail (as a throttled or broken chat API would) until they are removed.</summary>
public sealed class FlakyMessenger(ChatChannel channel) : IChatMessenger
{
    public HashSet<string> FailFor { get; } = [];

    public List<(string Person, string Stage)> ApprovalCards { get; } = [];

    public List<string> StatusCards { get; } = [];

    public List<SubmitterNotice> Notices { get; } = [];

    public ChatChannel Channel => channel;

    public Task<string> PostApprovalCardAsync(ChatContact approver, ReviewerView view, CancellationToken cancellationToken)
    {
        Fail(approver);
        ApprovalCards.Add((approver.Person.Id.Value, view.StageName));
        return Task.FromResult($"card-{ApprovalCards.Count}");
    }

    public Task UpdateApprovalCardAsync(ChatContact approver, PostedCard card, ReviewerView view, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<string> PostStatusCardAsync(ChatContact submitter, DraftOverview overview, CancellationToken cancellationToken)
    {
        Fail(submitter);
        StatusCards.Add(submitter.Person.Id.Value);
        return Task.FromResult("status");
    }

    public Task UpdateStatusCardAsync(ChatContact submitter, PostedCard card, DraftOverview overview, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task TellSubmitterAsync(ChatContact submitter, SubmitterNotice notice, CancellationToken cancellationToken)
    {
        Notices.Add(notice);
        return Task.CompletedTask;
    }

    private void Fail(ChatContact contact)
    {
        if (FailFor.Contains(contact.Person.Id.Value)) throw new HttpRequestException($"The chat API refused the message to {contact.Person.Id}.");
    }
}
