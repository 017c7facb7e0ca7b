using System.Collections.Concurrent;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Integration.Tests.Infrastructure;

/// <summary>Keeps every committed outcome, so tests can see what channels would be told; <paramref name="first"/> runs before.</summary>
public sealed class RecordingSink(Func<DraftOutcome, Task>? first = null) : IDraftEventSink
{
    public ConcurrentQueue<DraftOutcome> Outcomes { get; } = new();

    public async Task OnCommittedAsync(DraftOutcome outcome, CancellationToken cancellationToken)
    {
        if (first is not null) await first(outcome);
        Outcomes.Enqueue(outcome);
    }
}
