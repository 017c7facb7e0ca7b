using PostApprovalBot.Storage.Audit;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Drafts;

/// <summary>
/// Applies a change's <see cref="ChangeEffects"/> after its commit, side by side: the inbox rows (added and
/// removed), the account's posting calendar, the review agenda and the daily ledger (group-committed with
/// whatever else is being recorded). Every write is an upsert, a delete or an idempotent ledger record, so
/// applying the same effects twice changes nothing.
/// </summary>
public sealed class ChangeEffectsWriter(DraftIndex index, PostingCalendar calendar, ReviewAgendaTable agenda, TableStorage storage)
{
    private readonly AuditLedger _ledger = AuditLedger.For(storage);

    public async Task ApplyAsync(ChangeEffects effects, CancellationToken cancellationToken)
    {
        var recording = _ledger.RecordAsync(effects.Ledger, cancellationToken);
        await Task.WhenAll(
            index.ApplyAsync(effects, cancellationToken),
            calendar.MoveAsync(effects, cancellationToken),
            agenda.AddAsync(effects.DraftId, effects.WakeUps, cancellationToken),
            recording);
        if (!await recording) throw new InvalidOperationException($"The ledger could not record the events of draft {effects.DraftId} now; the outbox will try again.");
    }
}
