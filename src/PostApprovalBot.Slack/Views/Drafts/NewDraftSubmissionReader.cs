using System.Globalization;
using System.Text.Json;
using PostApprovalBot.Slack.Inbound.Interactions;

namespace PostApprovalBot.Slack.Views.Drafts;

/// <summary>Reads and checks the shape of a draft modal submission; business rules stay in the core.</summary>
internal sealed class NewDraftSubmissionReader(SubmittedView view)
{
    private readonly Dictionary<string, string> _errors = [];

    public ModalFormResult<NewDraftSubmission> Read()
    {
        if (view.CallbackId != NewDraftModal.CallbackId || !TryReadRevisingDraftId(out var revising))
        {
            Fail(NewDraftField.Text, "This form is out of date. Close it and start again.");
            return ModalFormResult<NewDraftSubmission>.Invalid(_errors);
        }
        var account = Value(NewDraftField.Account)?.SelectedOption;
        if (string.IsNullOrEmpty(account))
        {
            Fail(NewDraftField.Account, "Choose the account to post from.");
        }
        var text = Value(NewDraftField.Text)?.Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            Fail(NewDraftField.Text, "Write the text of the post.");
        }
        var links = ReadLinks();
        var notes = Value(NewDraftField.SourcesAndNotes)?.Value?.Trim();
        var date = ReadDate();
        var time = ReadTime();
        var zone = Value(NewDraftField.TimeZone)?.SelectedOption;
        if (date is not null && time is null)
        {
            Fail(NewDraftField.ScheduledTime, "Choose a time for the publication date.");
        }
        if (time is not null && date is null)
        {
            Fail(NewDraftField.ScheduledDate, "Choose a date for the publication time.");
        }
        if (date is not null && string.IsNullOrEmpty(zone))
        {
            Fail(NewDraftField.TimeZone, "Choose the time zone of the publication time.");
        }
        return _errors.Count > 0
            ? ModalFormResult<NewDraftSubmission>.Invalid(_errors)
            : ModalFormResult<NewDraftSubmission>.Success(new NewDraftSubmission(
                revising, account!, text!, links, string.IsNullOrEmpty(notes) ? null : notes, date, time, string.IsNullOrEmpty(zone) ? null : zone));
    }

    private SubmittedValue? Value(NewDraftField field) => view.State.Find(NewDraftModal.BlockIdOf(field), NewDraftModal.ValueActionId);

    private void Fail(NewDraftField field, string message) => _errors.TryAdd(NewDraftModal.BlockIdOf(field), message);

    private List<Uri> ReadLinks()
    {
        var links = new List<Uri>();
        var lines = (Value(NewDraftField.Links)?.Value ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            if (Uri.TryCreate(lines[i], UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
            {
                links.Add(url);
            }
            else
            {
                Fail(NewDraftField.Links, $"Line {i + 1} is not a web address starting with https:// or http://.");
            }
        }
        return links;
    }

    private DateOnly? ReadDate()
    {
        var text = Value(NewDraftField.ScheduledDate)?.SelectedDate;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Fail(NewDraftField.ScheduledDate, "Choose a date from the calendar.");
        return null;
    }

    private TimeOnly? ReadTime()
    {
        var text = Value(NewDraftField.ScheduledTime)?.SelectedTime;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        Fail(NewDraftField.ScheduledTime, "Choose a time from the list.");
        return null;
    }

    private bool TryReadRevisingDraftId(out string? draftId)
    {
        draftId = null;
        if (view.PrivateMetadata.Length == 0)
        {
            return true;
        }
        try
        {
            using var document = JsonDocument.Parse(view.PrivateMetadata, new JsonDocumentOptions { AllowDuplicateProperties = false });
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("revising", out var id) && id.ValueKind == JsonValueKind.String)
            {
                draftId = id.GetString();
                return !string.IsNullOrEmpty(draftId);
            }
            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
