using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Reminders;

namespace PostApprovalBot.Core.UseCases;

/// <summary>
/// What happens by the clock, one pass at a time: drafts past their publication time expire, and the
/// SLA reminders and escalations that are due go out once each (claimed before sending, so a second
/// instance or a later pass never repeats one). Returns how many messages were sent.
/// </summary>
public sealed class ReviewClock(
    IDraftStore drafts, DraftService service, CompanyDirectory directory, IChatDirectory chats,
    IEnumerable<IReminderMessenger> messengers, IOnceOnlyClaims claims, TimeProvider clock)
{
    private const int MaxDraftsPerPass = 500;

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var sent = 0;
        var groups = await directory.GroupsAsync(ct);
        foreach (var draft in await drafts.ListOpenAsync(MaxDraftsPerPass, ct))
        {
            var now = clock.GetUtcNow();
            if (ReminderPlanner.IsOverdue(draft, now))
            {
                await service.ExpireAsync(draft.Id, ct);
                continue;
            }
            var due = ReminderPlanner.Due(draft, groups, now);
            if (due.Count == 0) continue;
            var overview = await service.GetAsync(draft.Id, ct);
            if (!overview.Succeeded) continue;
            foreach (var reminder in due)
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
        }
        return sent;
    }
}
