namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>The values of the draft form: a prefill going out, or a submission coming back (empty fields are null).</summary>
public sealed record DraftFormValues
{
    public string? AccountId { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<string> Links { get; init; } = [];

    public string? SourcesAndNotes { get; init; }

    public DateOnly? ScheduledDate { get; init; }

    public TimeOnly? ScheduledTime { get; init; }

    public string? TimeZoneId { get; init; }
}
