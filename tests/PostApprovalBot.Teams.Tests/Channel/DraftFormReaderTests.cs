using PostApprovalBot.Teams.Cards.Views;
using PostApprovalBot.Teams.Channel.Drafts;
using PostApprovalBot.Teams.Channel.Rendering;

namespace PostApprovalBot.Teams.Tests.Channel;

[Trait("Category", "Teams")]
public sealed class DraftFormReaderTests
{
    private static readonly DraftFormValues Complete = new() { AccountId = "linkedin-contoso", Text = "Hello", Links = ["https://contoso.com"], SourcesAndNotes = "PR" };

    [Fact]
    public void Complete_form_becomes_draft_content()
    {
        var (content, errors) = DraftFormReader.Read(Complete);

        Assert.Empty(errors);
        Assert.Equal(("Hello", "https://contoso.com", "PR"), (content!.Text, content.Links.Single(), content.Sources));
        Assert.Null(content.Schedule);
    }

    [Fact]
    public void Missing_account_and_text_are_marked_on_their_fields()
    {
        var (content, errors) = DraftFormReader.Read(new DraftFormValues());

        Assert.Null(content);
        Assert.Equal([DraftFormField.Account, DraftFormField.Text], errors.Keys.Order());
    }

    [Fact]
    public void Date_and_time_in_a_zone_become_a_utc_schedule()
    {
        var (content, _) = DraftFormReader.Read(Complete with { ScheduledDate = new DateOnly(2031, 7, 1), ScheduledTime = new TimeOnly(10, 0), TimeZoneId = "Europe/Paris" });

        Assert.Equal(new DateTimeOffset(2031, 7, 1, 8, 0, 0, TimeSpan.Zero), content!.Schedule!.Utc);
        Assert.Equal("Europe/Paris", content.Schedule.TimeZoneId);
    }

    [Theory]
    [InlineData("2031-07-01", null, "Europe/Paris", DraftFormField.ScheduledTime)]
    [InlineData(null, "10:00", "Europe/Paris", DraftFormField.ScheduledDate)]
    [InlineData("2031-07-01", "10:00", null, DraftFormField.TimeZone)]
    [InlineData("2031-03-30", "02:30", "Europe/Paris", DraftFormField.ScheduledTime)]
    [InlineData("2031-07-01", "10:00", "Mars/Olympus", DraftFormField.ScheduledTime)]
    public void Incomplete_or_impossible_schedule_is_marked_on_its_field(string? date, string? time, string? zone, DraftFormField field)
    {
        var values = Complete with
        {
            ScheduledDate = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            ScheduledTime = time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
            TimeZoneId = zone,
        };

        var (content, errors) = DraftFormReader.Read(values);

        Assert.Null(content);
        Assert.Equal(field, Assert.Single(errors).Key);
    }
}
