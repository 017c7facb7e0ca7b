using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Reminders;

/// <summary>
/// One message the clock owes someone. <see cref="Key"/> is unique per draft, revision, step, stage,
/// kind and recipient, so a reminder is sent once however often the clock looks.
/// </summary>
public sealed record DueReminder(ReminderKind Kind, string DraftId, int Revision, string StageName, Person Recipient, TimeSpan Waiting)
{
    public string Key(int stepIndex) => $"{DraftId}|{Revision}|{stepIndex}|{StageName}|{Kind}|{Recipient.Id}";
}
