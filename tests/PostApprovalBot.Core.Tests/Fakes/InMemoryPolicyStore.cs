using PostApprovalBot.Core.Policy;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Core.Tests.Fakes;

public sealed class InMemoryPolicyStore : IPolicyStore
{
    public PolicyDocument Document { get; private set; } = PolicyDocument.Empty;

    public Task<PolicySettings> GetAsync(CancellationToken cancellationToken) => Task.FromResult(Document.ToSettings());

    public Task<PolicyDocument> GetDocumentAsync(CancellationToken cancellationToken) => Task.FromResult(Document);

    public Task SaveAsync(PolicyDocument document, CancellationToken cancellationToken)
    {
        Document = document;
        return Task.CompletedTask;
    }
}
