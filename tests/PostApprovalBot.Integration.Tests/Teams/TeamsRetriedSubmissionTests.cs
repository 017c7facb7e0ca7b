using Microsoft.Extensions.Time.Testing;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Host.Telemetry;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Teams;

/// <summary>
/// A draft form submitted in Teams whose outcome the bot could not confirm (committed, but the answer to the commit was lost):
/// the same activity delivered again (same id, same conversation) must find that draft, not store a second one.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Teams")]
public sealed class TeamsRetriedSubmissionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_form_submission_delivered_again_after_its_commit_answer_was_lost_is_stored_once_and_reviewed_once()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await TeamsBot.StartAsync(azurite, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.Decorate<IDraftStore>((_, inner) => new CommitAnswerLost(inner));
        });
        var flow = new TeamsFlow(bot);
        await bot.InstallAsync(Emma, Lena);
        await bot.SayAsync(Emma, "new");
        var form = await bot.WaitForAsync("the draft form", c => c.ConversationId == Emma.PersonalChat && c.CardText.Contains("New post for approval"));
        var click = TeamsActivities.CardClick(bot.ServiceUrl, Emma, "submitDraft", CardReading.Click(form.Card!, "submitDraft",
            ("accountId", TeamsCompany.AccountId), ("text", "Our Lyon office opens its doors on Monday."), ("timeZoneId", "UTC")));
        ((CommitAnswerLost)bot.Services.GetRequiredService<IDraftStore>()).Armed = true;

        var first = await AnswerAsync(bot, click);
        clock.Advance(TimeSpan.FromSeconds(1));
        var again = await AnswerAsync(bot, click);

        Assert.Equal("application/vnd.microsoft.error", (string?)first["type"]);
        var draftId = CardReading.DraftId(CardReading.Text(CardReading.AnswerCard(again)));
        Assert.Equal(draftId, Assert.Single(await bot.Services.GetRequiredService<DraftService>().MyDraftsAsync(Person.FromEmail(Emma.Email), 10, default)).Draft.Id);
        // The first delivery never got to hand its notification over: the outbox recovery sends it, once.
        clock.Advance(NotificationDelivery.Grace + TimeSpan.FromSeconds(1));
        await bot.Services.GetRequiredService<NotificationDelivery>().RecoverAsync(100, default);
        await flow.ApprovalCardAsync(Lena, draftId);
        Assert.Single(bot.Connector.Calls, c => c.IsPost && c.ConversationId == Lena.PersonalChat && c.CardText.Contains(draftId));
    }

    [Fact]
    public async Task Two_clicks_on_one_forms_submit_store_one_draft_and_the_same_form_with_another_text_a_second()
    {
        await using var bot = await TeamsBot.StartAsync(azurite);
        await bot.InstallAsync(Emma, Lena);
        await bot.SayAsync(Emma, "new");
        var form = await bot.WaitForAsync("the draft form", c => c.ConversationId == Emma.PersonalChat && c.CardText.Contains("New post for approval"));
        // Teams sends each click as a new activity (its own id) that names the message carrying the card.
        JsonObject Click(string text) => TeamsActivities.CardClick(bot.ServiceUrl, Emma, "submitDraft", CardReading.Click(form.Card!, "submitDraft",
            ("accountId", TeamsCompany.AccountId), ("text", text), ("timeZoneId", "UTC"))).With("replyToId", form.ActivityId);

        var answers = await Task.WhenAll(AnswerAsync(bot, Click("Lyon opens on Monday.")), AnswerAsync(bot, Click("Lyon opens on Monday.")));
        var other = await AnswerAsync(bot, Click("Lyon opens on Tuesday."));

        var ids = answers.Select(a => CardReading.DraftId(CardReading.Text(CardReading.AnswerCard(a)))).Distinct().ToList();
        var mine = await bot.Services.GetRequiredService<DraftService>().MyDraftsAsync(Person.FromEmail(Emma.Email), 10, default);
        Assert.Single(ids);
        Assert.Equal(2, mine.Count);
        Assert.Contains(CardReading.DraftId(CardReading.Text(CardReading.AnswerCard(other))), mine.Select(d => d.Draft.Id));
        Assert.Contains(ids[0], mine.Select(d => d.Draft.Id));
    }

    private static async Task<JsonObject> AnswerAsync(TeamsBot bot, JsonObject activity)
    {
        using var response = await bot.PostAsync(activity, "Bearer " + bot.ValidToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
