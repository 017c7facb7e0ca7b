namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>The input ids of the draft form: the keys its values arrive under in <c>action.data</c>.</summary>
public static class DraftFormInputIds
{
    public const string Account = "accountId";
    public const string Text = "text";
    public const string Links = "links";
    public const string SourcesAndNotes = "sourcesAndNotes";
    public const string ScheduledDate = "scheduledDate";
    public const string ScheduledTime = "scheduledTime";
    public const string TimeZone = "timeZoneId";
}
