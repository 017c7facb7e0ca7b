using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Hostile;

/// <summary>What a person can type into the Teams draft form, at its worst: each gets an answer on the form, never a 500, and nothing half-stored.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Security")]
public sealed class HostileTeamsInputTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TeamsBot bot = null!;

    public async Task InitializeAsync()
    {
        bot = await TeamsBot.StartAsync(azurite);
        await bot.InstallAsync(Emma, Lena);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    public static TheoryData<string, string> RefusedTexts() => new()
    {
        { "over LinkedIn's 3,000 characters", new string('a', 3_001) },
        { "over a table property's 64 KiB", string.Concat(Enumerable.Repeat("Contoso grows. ", 5_000)) },
        { "only white space and control characters", " \t\u0001\u0002 " },
    };

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task A_text_the_post_cannot_have_comes_back_on_the_form_and_stores_nothing(string why, string text)
    {
        var before = await HostileRows.DraftsAndInboxAsync(bot.Services);

        var answer = await SubmitAsync(Form(text));

        Assert.True(answer.Contains("not sent", StringComparison.OrdinalIgnoreCase) || answer.Contains("blocks", StringComparison.OrdinalIgnoreCase),
            $"A text {why} was not refused on the form: {answer[..Math.Min(400, answer.Length)]}");
        HostileRows.AssertUnchanged(before, await HostileRows.DraftsAndInboxAsync(bot.Services));
    }

    public static TheoryData<string, string, string, string> BadSchedules() => new()
    {
        { "a time zone that does not exist", "2030-05-04", "10:00", "Mars/Olympus_Mons" },
        { "a time zone id with a path in it", "2030-05-04", "10:00", "../../etc/passwd" },
        { "the 30th of February", "2030-02-30", "10:00", "Europe/Paris" },
        { "the 25th hour", "2030-05-04", "25:61", "Europe/Paris" },
        { "a time in the past", "2001-01-01", "10:00", "UTC" },
        { "a date beyond the calendar", "99999-01-01", "10:00", "UTC" },
    };

    [Theory]
    [MemberData(nameof(BadSchedules))]
    public async Task A_schedule_that_cannot_be_comes_back_on_the_form_and_stores_nothing(string why, string date, string time, string zone)
    {
        var before = await HostileRows.DraftsAndInboxAsync(bot.Services);
        var form = Form("Our new office opens in Lyon.");
        form["scheduledDate"] = date;
        form["scheduledTime"] = time;
        form["timeZoneId"] = zone;

        var answer = await SubmitAsync(form);

        Assert.False(answer.Contains("sent for approval", StringComparison.Ordinal), $"A schedule with {why} was accepted.");
        HostileRows.AssertUnchanged(before, await HostileRows.DraftsAndInboxAsync(bot.Services));
    }

    [Fact]
    public async Task Emoji_right_to_left_and_joiner_characters_are_kept_exactly_as_typed()
    {
        const string text = "Bienvenue à Lyon 👩‍👩‍👧‍👦 — مرحبا بكم في ليون \u202Eevil\u202C עברית ✔️ e\u0301";

        var answer = await SubmitAsync(Form(text));

        Assert.Contains("sent for approval", answer);
        var stored = await bot.Services.GetRequiredService<DraftService>().MyDraftsAsync(Person.FromEmail(Emma.Email), 5, default);
        Assert.Equal(text, Assert.Single(stored).Draft.CurrentRevision.Content.Text);
    }

    [Fact]
    public async Task Sources_and_notes_far_over_64_KiB_are_refused_or_kept_whole_never_cut()
    {
        var notes = string.Concat(Enumerable.Repeat("Source: the annual report, page 12. ", 3_000));
        var form = Form("Our new office opens in Lyon.");
        form["sourcesAndNotes"] = notes;

        var answer = await SubmitAsync(form);

        var stored = await bot.Services.GetRequiredService<DraftService>().MyDraftsAsync(Person.FromEmail(Emma.Email), 5, default);
        if (answer.Contains("sent for approval", StringComparison.Ordinal))
            Assert.Equal(notes.Trim(), Assert.Single(stored).Draft.CurrentRevision.Content.Sources);
        else
            Assert.Empty(stored);
    }

    private static JsonObject Form(string text) => new() { ["accountId"] = TeamsCompany.AccountId, ["text"] = text, ["timeZoneId"] = "UTC" };

    /// <summary>The submit click's whole answer as text; the HTTP status and the answer type are checked here.</summary>
    private async Task<string> SubmitAsync(JsonObject form)
    {
        using var response = await bot.PostAsync(TeamsActivities.CardClick(bot.ServiceUrl, Emma, "submitDraft", form), "Bearer " + bot.ValidToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["type"]);
        return CardReading.Text(answer["value"]!.AsObject());
    }
}
