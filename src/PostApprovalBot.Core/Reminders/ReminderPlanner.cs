using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Routing;

namespace PostApprovalBot.Core.Reminders;

/// <summary>
/// Who must be reminded now: after one SLA period the approvers (and their delegates) who have not
/// acted on a waiting stage; after two, the group's escalation contact.
/// </summary>
public static class ReminderPlanner
{
    public static IReadOnlyList<DueReminder> Due(Draft draft, IReadOnlyDictionary<string, ApproverGroup> groups, DateTimeOffset now)
    {
        if (draft.State != DraftState.InReview) return [];
        var waiting = now - draft.ReviewStartedAt;
        var due = new List<DueReminder>();
        foreach (var stage in draft.CurrentStep.Stages)
        {
            var progress = StageEvaluator.Progress(draft, draft.StepIndex, stage, groups);
            if (progress.Outcome != StageOutcome.Waiting || !groups.TryGetValue(stage.ApproverGroupId, out var group)) continue;
            var sla = TimeSpan.FromHours(stage.SlaHours);
            if (waiting < sla) continue;
            var idle = group.Members.Where(m => m.Id != draft.Submitter.Id && progress.Decisions.All(d => d.Principal.Id != m.Id)).ToList();
            var recipients = idle.Concat(idle.SelectMany(m => group.DelegatesOf(m.Id, now))).DistinctBy(p => p.Id);
            due.AddRange(recipients.Select(p => new DueReminder(ReminderKind.Reminder, draft.Id, draft.CurrentRevision.Number, stage.Name, p, waiting)));
            if (waiting >= 2 * sla && group.EscalationContact is { } contact)
                due.Add(new DueReminder(ReminderKind.Escalation, draft.Id, draft.CurrentRevision.Number, stage.Name, contact, waiting));
        }
        return due;
    }

    /// <summary>
    /// When the clock must next look at the draft as it now stands: each waiting stage's SLA and twice it (reminder,
    /// escalation), and the publication time (expiry). Past moments are kept: the next pass handles them at once.
    /// </summary>
    public static IReadOnlyList<DateTimeOffset> WakeUps(Draft draft)
    {
        var moments = new List<DateTimeOffset>();
        if (draft.State == DraftState.InReview)
            foreach (var hours in draft.CurrentStep.Stages.Select(s => s.SlaHours).Distinct())
                moments.AddRange([draft.ReviewStartedAt.AddHours(hours), draft.ReviewStartedAt.AddHours(2 * hours)]);
        if (draft.State is DraftState.InReview or DraftState.ChangesRequested && draft.CurrentRevision.Content.Schedule is { } s)
            moments.Add(s.Utc);
        return moments.Distinct().Order().ToList();
    }

    /// <summary>Drafts whose publication time has passed while nobody has decided yet.</summary>
    public static bool IsOverdue(Draft draft, DateTimeOffset now) =>
        draft.State is DraftState.InReview or DraftState.ChangesRequested && draft.CurrentRevision.Content.Schedule is { } s && s.Utc <= now;
}
