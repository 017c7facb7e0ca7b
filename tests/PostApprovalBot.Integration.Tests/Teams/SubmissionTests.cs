using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Teams;

/// <summary>The employee's side in a 1:1 chat: who may submit, the policy findings before routing, and the shortcut.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Teams")]
public sealed class SubmissionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TeamsBot bot = null!;
    private TeamsFlow flow = null!;

    public async Task InitializeAsync()
    {
        bot = await TeamsBot.StartAsync(azurite);
        flow = new TeamsFlow(bot);
        await bot.InstallAsync(Emma, Lena, Liam, Colin, Chloe, Noah);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Non_spokesperson_asking_for_the_form_is_told_whom_to_ask()
    {
        await bot.SayAsync(Noah, "new");

        var answer = await bot.WaitForAsync("the refusal", c => c.ConversationId == Noah.PersonalChat && c.CardText.Contains("You are not a spokesperson"));
        Assert.Contains("Olivia Owner", answer.CardText);
        Assert.DoesNotContain("submitDraft", CardReading.Verbs(answer.Card!));
    }

    [Fact]
    public async Task Non_spokesperson_using_the_shortcut_is_refused_with_the_reason_and_the_owner()
    {
        await bot.SayAsync(Noah, "submit linkedin-contoso We have big news!");

        var answer = await bot.WaitForAsync("the refusal", c => c.ConversationId == Noah.PersonalChat && c.CardText.Contains("Not sent"));
        Assert.Contains("not an authorized spokesperson", answer.CardText);
        Assert.Contains("Olivia Owner", answer.CardText);
        Assert.DoesNotContain(bot.Connector.Calls, c => c.ConversationId == Lena.PersonalChat && c.CardText.Contains("Your review is needed"));
    }

    [Fact]
    public async Task Flagged_words_are_shown_on_the_form_before_routing_and_routed_once_confirmed()
    {
        await bot.SayAsync(Emma, "submit linkedin-contoso No layoffs are planned this year.");

        var form = await bot.WaitForAsync("the form with findings", c => c.ConversationId == Emma.PersonalChat && c.CardText.Contains("Policy check"));
        Assert.Contains("headcount news needs legal review", form.CardText);
        Assert.DoesNotContain(bot.Connector.Calls, c => c.ConversationId == Lena.PersonalChat && c.CardText.Contains("Your review is needed"));

        var sent = CardReading.AnswerCard(await bot.ClickAsync(Emma, "submitDraft", CardReading.Click(form.Card!, "submitDraft",
            ("accountId", TeamsCompany.AccountId), ("text", "No layoffs are planned this year."), ("timeZoneId", "UTC"))));
        var draftId = CardReading.DraftId(CardReading.Text(sent));
        var lena = await flow.ApprovalCardAsync(Lena, draftId);
        Assert.Contains("headcount news needs legal review", lena.CardText);
    }

    [Fact]
    public async Task Changing_the_text_after_seeing_findings_is_checked_again()
    {
        await bot.SayAsync(Emma, "submit linkedin-contoso No layoffs are planned this year.");
        var form = await bot.WaitForAsync("the form with findings", c => c.ConversationId == Emma.PersonalChat && c.CardText.Contains("Policy check"));

        var answer = CardReading.AnswerCard(await bot.ClickAsync(Emma, "submitDraft", CardReading.Click(form.Card!, "submitDraft",
            ("accountId", TeamsCompany.AccountId), ("text", "No layoffs, and guaranteed returns for all."), ("timeZoneId", "UTC"))));

        var text = CardReading.Text(answer);
        Assert.Contains("blocks this draft", text);
        Assert.Contains("promises about investment returns", text);
        Assert.Contains("submitDraft", CardReading.Verbs(answer));
    }

    [Fact]
    public async Task Shortcut_without_findings_is_routed_at_once()
    {
        await bot.SayAsync(Emma, "submit linkedin-contoso Meet us at the job fair on Friday.");

        var sent = await bot.WaitForAsync("the confirmation", c => c.ConversationId == Emma.PersonalChat && c.CardText.Contains("sent for approval"));
        await flow.ApprovalCardAsync(Lena, CardReading.DraftId(sent.CardText));
    }

    [Fact]
    public async Task Form_with_a_date_but_no_time_comes_back_with_the_field_marked()
    {
        await bot.SayAsync(Emma, "new");
        var form = await bot.WaitForAsync("the draft form", c => c.ConversationId == Emma.PersonalChat && c.CardText.Contains("New post for approval"));

        var answer = CardReading.AnswerCard(await bot.ClickAsync(Emma, "submitDraft", CardReading.Click(form.Card!, "submitDraft",
            ("accountId", TeamsCompany.AccountId), ("text", "Hello"), ("scheduledDate", "2031-05-04"), ("timeZoneId", "Europe/Paris"))));

        Assert.Contains("Pick a time too", CardReading.Text(answer));
        Assert.Contains("Hello", CardReading.Text(answer).Split('\n'));
    }

    [Fact]
    public async Task A_redelivered_message_is_answered_once()
    {
        var message = TeamsActivities.Message(bot.ServiceUrl, Emma, "submit linkedin-contoso Only once, please.");

        await bot.SendAsync(message);
        await bot.SendAsync(message.DeepClone().AsObject());

        Assert.Single(bot.Connector.Calls, c => c.ConversationId == Emma.PersonalChat && c.CardText.Contains("sent for approval"));
    }

    [Fact]
    public async Task Mentions_are_stripped_before_the_command_is_read()
    {
        var message = TeamsActivities.Message(bot.ServiceUrl, Emma, "<at>PostApprovalBot</at> my drafts")
            .With("entities", new JsonArray(new JsonObject
            {
                ["type"] = "mention", ["text"] = "<at>PostApprovalBot</at>", ["mentioned"] = new JsonObject { ["id"] = TeamsActivities.BotId },
            }));

        await bot.SendAsync(message);

        Assert.Contains(bot.Connector.Calls, c => c.ConversationId == Emma.PersonalChat && c.CardText.Contains("You have no drafts yet"));
    }

    [Fact]
    public async Task Drafts_are_not_handled_in_a_team_channel()
    {
        var message = TeamsActivities.Message(bot.ServiceUrl, Emma, "new");
        message["conversation"]!["id"] = "19:channel@thread.tacv2";
        message["conversation"]!["conversationType"] = "channel";

        await bot.SendAsync(message);

        var answer = Assert.Single(bot.Connector.Calls, c => c.ConversationId == "19:channel@thread.tacv2");
        Assert.Contains("1:1 chat only", answer.CardText);
    }

    [Fact]
    public async Task Unknown_activity_types_are_acknowledged_and_ignored()
    {
        using var response = await bot.PostAsync(TeamsActivities.Base("typing", bot.ServiceUrl, Emma), "Bearer " + bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(bot.Connector.Calls, c => c.ConversationId == Emma.PersonalChat && c.IsPost && !c.CardText.Contains("What I can do"));
    }
}
