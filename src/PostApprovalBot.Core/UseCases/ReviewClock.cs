using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Reminders;

namespace PostApprovalBot.Core.UseCases;

/// <summary>
/// What happens by the clock, one pass at a time: drafts past their publication time expire, and the
/// SLA reminders and escalations that are due go out once each (claimed before sending, so a second
/// instance or a later pass never repeats one). A pass reads only the agenda entries that are due and the
/// drafts they name. Returns how many messages were sent.
/// </summary>
public sealed class ReviewClock(
    IReviewAgenda agenda, DraftService service, CompanyDirectory directory, IChatDirectory chats,
    IEnumerable<IReminderMessenger> messengers, IOnceOnlyClaims claims, TimeProvider clock)
{
    private const int MaxEntriesPerPass = 500;

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var sent = 0;
        var due = await agenda.DueAsync(clock.GetUtcNow(), MaxEntriesPerPass, ct);
        if (due.Count == 0) return 0;
        var groups = await directory.GroupsAsync(ct);
        foreach (var entries in due.GroupBy(e => e.DraftId))
        {
            sent += await LookAtAsync(entries.Key, groups, ct);
            // Only once the draft was handled: a pass that fails before this point leaves the entries for the next one.
            foreach (var entry in entries) await agenda.DoneAsync(entry, ct);
        }
        return sent;
    }

    private async Task<int> LookAtAsync(string draftId, IReadOnlyDictionary<string, Routing.ApproverGroup> groups, CancellationToken ct)
    {
        var overview = await service.GetAsync(draftId, ct);
        if (!overview.Succeeded) return 0;
        var draft = overview.Value.Draft;
        var now = clock.GetUtcNow();
        if (ReminderPlanner.IsOverdue(draft, now))
        {
            await service.ExpireAsync(draft.Id, ct);
            return 0;
        }
        var sent = 0;
        foreach (var reminder in ReminderPlanner.Due(draft, groups, now))
        {
            if (!await claims.TryClaimAsync("reminder", reminder.Key(draft.StepIndex), ct)) continue;
            foreach (var messenger in messengers)
            {
                var contact = await chats.FindByPersonAsync(messenger.Channel, reminder.Recipient.Id, ct);
                if (contact?.Address is null) continue;
                await messenger.SendReminderAsync(contact, reminder, overview.Value, ct);
                sent++;
            }
        }
        return sent;
    }
}
