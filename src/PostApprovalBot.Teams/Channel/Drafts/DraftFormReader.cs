using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Teams.Cards.Views;

namespace PostApprovalBot.Teams.Channel.Drafts;

/// <summary>Turns the form's values into draft content, or into messages under the fields a person must fix.</summary>
internal static class DraftFormReader
{
    public static (DraftContent? Content, IReadOnlyDictionary<DraftFormField, string> Errors) Read(DraftFormValues values)
    {
        var errors = new Dictionary<DraftFormField, string>();
        if (values.AccountId is null)
        {
            errors[DraftFormField.Account] = "Choose the account that will publish the post.";
        }

        if (values.Text is null)
        {
            errors[DraftFormField.Text] = "Write the text of the post.";
        }

        var schedule = Schedule(values, errors);
        return errors.Count > 0 ? (null, errors) : (new DraftContent(values.Text!, values.Links, values.SourcesAndNotes, schedule), errors);
    }

    private static ScheduledTime? Schedule(DraftFormValues values, Dictionary<DraftFormField, string> errors)
    {
        if (values.ScheduledDate is null && values.ScheduledTime is null)
        {
            return null;
        }

        if (values.ScheduledDate is not { } date)
        {
            errors[DraftFormField.ScheduledDate] = "Pick a date too, or clear the time to publish as soon as the post is approved.";
            return null;
        }

        if (values.ScheduledTime is not { } time)
        {
            errors[DraftFormField.ScheduledTime] = "Pick a time too, or clear the date to publish as soon as the post is approved.";
            return null;
        }

        if (values.TimeZoneId is not { } zone)
        {
            errors[DraftFormField.TimeZone] = "Choose the time zone of this date and time.";
            return null;
        }

        var scheduled = ScheduledTime.FromLocal(date.ToDateTime(time), zone);
        if (!scheduled.Succeeded)
        {
            errors[DraftFormField.ScheduledTime] = scheduled.Refusal!.Message;
            return null;
        }

        return scheduled.Value;
    }
}
