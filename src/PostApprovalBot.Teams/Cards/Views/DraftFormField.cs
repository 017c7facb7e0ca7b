namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>The fields of the draft form, to attach an error message to one of them.</summary>
public enum DraftFormField
{
    Account,
    Text,
    Links,
    SourcesAndNotes,
    ScheduledDate,
    ScheduledTime,
    TimeZone,
}
