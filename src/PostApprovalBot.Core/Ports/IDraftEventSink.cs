using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Core.Ports;

/// <summary>Hears about committed changes so channels can tell the people concerned.</summary>
public interface IDraftEventSink
{
    Task OnCommittedAsync(DraftOutcome outcome, CancellationToken cancellationToken);
}
