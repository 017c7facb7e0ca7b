namespace PostApprovalBot.Slack.Views.Drafts;

/// <summary>The fields of the draft modal, for addressing validation messages to them.</summary>
public enum NewDraftField
{
    Account,
    Text,
    Links,
    SourcesAndNotes,
    ScheduledDate,
    ScheduledTime,
    TimeZone,
}
