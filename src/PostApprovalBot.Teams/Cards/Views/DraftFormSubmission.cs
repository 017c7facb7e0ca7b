using System.Globalization;
using PostApprovalBot.Teams.Activities;

namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>A submitted draft form read from its <c>submitDraft</c> invoke. Values are as typed; the core validates them.</summary>
public sealed record DraftFormSubmission(string? DraftId, int? Revision, DraftFormValues Values)
{
    /// <summary>The <see cref="DraftFormView.ConfirmationKey"/> the form carried, when the submitter had seen its findings.</summary>
    public string? Confirmation { get; init; }

    /// <summary>Null when the request is not a <see cref="CardVerbs.SubmitDraft"/>.</summary>
    public static DraftFormSubmission? Read(AdaptiveCardActionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Verb != CardVerbs.SubmitDraft)
        {
            return null;
        }

        var values = new DraftFormValues
        {
            AccountId = Text(request, DraftFormInputIds.Account),
            Text = Text(request, DraftFormInputIds.Text),
            Links = (Text(request, DraftFormInputIds.Links) ?? "")
                .Split(['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            SourcesAndNotes = Text(request, DraftFormInputIds.SourcesAndNotes),
            ScheduledDate = DateOnly.TryParseExact(Text(request, DraftFormInputIds.ScheduledDate), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date : null,
            ScheduledTime = TimeOnly.TryParseExact(Text(request, DraftFormInputIds.ScheduledTime), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
                ? time : null,
            TimeZoneId = Text(request, DraftFormInputIds.TimeZone),
        };
        var revision = int.TryParse(Text(request, CardDataKeys.Revision), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : (int?)null;
        return new DraftFormSubmission(Text(request, CardDataKeys.DraftId), revision, values) { Confirmation = Text(request, CardDataKeys.Confirmation) };
    }

    private static string? Text(AdaptiveCardActionRequest request, string key) =>
        request.DataText(key) is { } value && value.Trim().Length > 0 ? value.Trim() : null;
}
