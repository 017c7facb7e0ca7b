using System.Collections.Concurrent;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Integration.Tests.Infrastructure;

/// <summary>Keeps every committed outcome, so tests can see what channels would be told.</summary>
public sealed class RecordingSink : IDraftEventSink
{
    public ConcurrentQueue<DraftOutcome> Outcomes { get; } = new();

    public Task OnCommittedAsync(DraftOutcome outcome, CancellationToken cancellationToken)
    {
        Outcomes.Enqueue(outcome);
        return Task.CompletedTask;
    }
}
