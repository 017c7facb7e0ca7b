using Microsoft.Extensions.Time.Testing;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Host.Telemetry;
using static PostApprovalBot.Integration.Tests.Slack.SlackCompany;

namespace PostApprovalBot.Integration.Tests.Slack;

/// <summary>
/// Submissions whose outcome the bot could not confirm: the draft was committed, but the answer to the commit was lost. A DM's
/// "submit …" is answered 503 and its event id given back, so Slack retries it (same event id); a draft modal stays open saying
/// so, and is sent again. Either must find the draft already stored, not store a second one.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Slack")]
public sealed class SlackRetriedSubmissionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_submit_whose_commit_answer_was_lost_is_stored_once_and_reviewed_once_when_Slack_retries_the_event()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await SlackBot.StartAsync(azurite, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.Decorate<IDraftStore>((_, inner) => new CommitAnswerLost(inner));
        });
        await bot.OpenHomeAsync(Lena);
        ((CommitAnswerLost)bot.Host.Services.GetRequiredService<IDraftStore>()).Armed = true;
        const string eventId = "EvSubmitLost0001";
        var typed = $"submit {LinkedIn} Our Lyon office opens its doors on Monday.";

        var first = await bot.DirectMessageAsync(Emma, typed, eventId);
        clock.Advance(TimeSpan.FromSeconds(1)); // Slack retries a moment later: the retry's own rows in the lists are keyed by its time.
        var retry = await bot.DirectMessageAsync(Emma, typed, eventId, retry: 1);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        var draftId = Assert.Single(await bot.Drafts.MyDraftsAsync(Person.FromEmail(Emma.Email!), 10, default)).Draft.Id;
        await Eventually.HoldsAsync(() => bot.Slack.MessagesIn(Emma.DirectChannel).Any(m => m.Text.Contains($"Submitted draft {draftId}", StringComparison.Ordinal)),
            "the answer to the retry, naming the stored draft");
        // The first delivery never got to hand its notification over: the outbox recovery sends it, once.
        clock.Advance(NotificationDelivery.Grace + TimeSpan.FromSeconds(1));
        await bot.Host.Services.GetRequiredService<NotificationDelivery>().RecoverAsync(100, default);
        await bot.ApprovalRequestAsync(Lena, draftId);
        Assert.Single(bot.Slack.MessagesIn(Lena.DirectChannel), m => m.Text.Contains(draftId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_draft_modal_sent_again_unchanged_after_could_not_be_confirmed_is_stored_once()
    {
        await using var bot = await SlackBot.StartAsync(azurite, services => services.Decorate<IDraftStore>((_, inner) => new CommitAnswerLost(inner)));
        var (view, form) = await DraftModalAsync(bot, "Meet us at the Lyon job fair.");
        ((CommitAnswerLost)bot.Host.Services.GetRequiredService<IDraftStore>()).Armed = true;

        var first = await SendAsync(bot, view, form);
        var again = await SendAsync(bot, view, form);

        Assert.Equal(("errors", "clear"), ((string?)first?["response_action"], (string?)again?["response_action"]));
        Assert.Single(await bot.Drafts.MyDraftsAsync(Person.FromEmail(Emma.Email!), 10, default));
    }

    [Fact]
    public async Task A_draft_modal_changed_after_could_not_be_confirmed_is_a_second_draft()
    {
        await using var bot = await SlackBot.StartAsync(azurite, services => services.Decorate<IDraftStore>((_, inner) => new CommitAnswerLost(inner)));
        var (view, form) = await DraftModalAsync(bot, "Meet us at the Lyon job fair.");
        ((CommitAnswerLost)bot.Host.Services.GetRequiredService<IDraftStore>()).Armed = true;

        await SendAsync(bot, view, form);
        var changed = await SendAsync(bot, view, SlackPayloads.DraftForm(view, LinkedIn, "Meet us at the Lyon job fair, booth 12."));

        Assert.Equal("clear", (string?)changed?["response_action"]);
        Assert.Equal(2, (await bot.Drafts.MyDraftsAsync(Person.FromEmail(Emma.Email!), 10, default)).Count);
    }

    private static async Task<(JsonObject View, JsonObject Form)> DraftModalAsync(SlackBot bot, string text)
    {
        var (_, _, trigger) = await bot.SlashAsync(Emma, "");
        var view = await bot.OpenedViewAsync(trigger);
        return (view, SlackPayloads.DraftForm(view, LinkedIn, text));
    }

    // The same modal sent again: each payload gets its own copy of the view and the values.
    private static Task<JsonObject?> SendAsync(SlackBot bot, JsonObject view, JsonObject form) =>
        bot.SubmitViewAsync(Emma, view.DeepClone().AsObject(), form.DeepClone().AsObject());
}
