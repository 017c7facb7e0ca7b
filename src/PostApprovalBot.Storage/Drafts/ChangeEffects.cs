using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Audit.Chain;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Reminders;

namespace PostApprovalBot.Storage.Drafts;

/// <summary>
/// What a committed change implies outside the draft's own partition, computed at commit time and stored on the
/// change's outbox row (the intent): inbox rows to add and remove, the posting-calendar row to move, the agenda's
/// new wake-ups and the audit events to record in the daily ledger. The dispatcher applies it after the answer;
/// every step is idempotent, so a retry or a second instance repeats nothing.
/// </summary>
public sealed record ChangeEffects(
    string DraftId,
    DateTimeOffset SubmittedAt,
    string AccountId,
    IReadOnlyList<string> InboxAdd,
    IReadOnlyList<string> InboxRemove,
    DateTimeOffset? PostTimeRemoved,
    DateTimeOffset? PostTimeAdded,
    IReadOnlyList<DateTimeOffset> WakeUps,
    IReadOnlyList<LedgerItem> Ledger)
{
    public static ChangeEffects Of(DraftChange change, IReadOnlyList<ChainedAuditEvent> chained)
    {
        var (before, after) = (change.Before, change.After);
        // The submitter's and the account's rows of a new draft are written before its commit (DraftIndex.AddSubmissionAsync).
        var (waitingBefore, waitingAfter) = (WaitingAt(before), WaitingAt(after));
        var added = waitingAfter.Except(waitingBefore).ToList();
        var removed = waitingBefore.Except(waitingAfter).ToList();
        var (postBefore, postAfter) = (PostTime(before), PostTime(after));
        return new ChangeEffects(
            after.Id, after.SubmittedAt, after.AccountId, added, removed,
            postBefore is not null && postBefore != postAfter ? postBefore : null,
            postAfter is not null && postAfter != postBefore ? postAfter : null,
            ReminderPlanner.WakeUps(after).Except(before is null ? [] : ReminderPlanner.WakeUps(before)).ToList(),
            chained.Select(c => LedgerItem.Of(AuditStreams.Drafts, c)).ToList());
    }

    // The groups whose lists show the draft: those of its current step's stages while it is in review.
    private static IReadOnlyList<string> WaitingAt(Draft? draft) =>
        draft is { State: DraftState.InReview } ? draft.CurrentStep.Stages.Select(s => DraftIndex.StagePartition(s.ApproverGroupId)).Distinct().ToList() : [];

    // A live draft's post counts toward its account's frequency rules; a rejected, withdrawn or expired one no longer does.
    private static DateTimeOffset? PostTime(Draft? draft) =>
        draft is null || draft.State is DraftState.Rejected or DraftState.Withdrawn or DraftState.Expired
            ? null
            : draft.CurrentRevision.Content.Schedule?.Utc ?? draft.SubmittedAt;
}
