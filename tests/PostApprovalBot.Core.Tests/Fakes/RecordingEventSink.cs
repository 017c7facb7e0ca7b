using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Core.Tests.Fakes;

public sealed class RecordingEventSink : IDraftEventSink
{
    public List<DraftOutcome> Outcomes { get; } = [];

    public Task OnCommittedAsync(DraftOutcome outcome, CancellationToken cancellationToken)
    {
        Outcomes.Add(outcome);
        return Task.CompletedTask;
    }
}
