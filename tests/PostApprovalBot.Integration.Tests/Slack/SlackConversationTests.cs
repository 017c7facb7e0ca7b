using PostApprovalBot.Storage.Tables;
using static PostApprovalBot.Integration.Tests.Slack.SlackCompany;

namespace PostApprovalBot.Integration.Tests.Slack;

/// <summary>Talking to the bot outside the approval buttons: DMs, mentions, the Home tab, the slash command's lists.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Slack")]
public sealed class SlackConversationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_home_tab_lists_what_waits_for_me_and_review_brings_the_request_back_to_my_dm()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        await bot.OpenHomeAsync(Lena);
        var draftId = await bot.SubmitDraftAsync(Emma, "Join our webinar on Thursday.");
        var first = await bot.ApprovalRequestAsync(Lena, draftId);

        var home = await bot.OpenHomeAsync(Lena);
        Assert.Contains("Waiting for me (1)", SlackJson.AllText(home), StringComparison.Ordinal);
        var review = SlackJson.Buttons(home["blocks"]!.AsArray()).Single(b => b["action_id"]!.GetValue<string>() == "home_review");
        var response = await bot.Requests.InteractionAsync(SlackPayloads.HomeClick(Lena, home, review, bot.Requests.NewTriggerId()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await Eventually.GetAsync(() => bot.Slack.MessagesIn(Lena.DirectChannel).FirstOrDefault(m => m != first && m.Button("approval_approve") is not null), "a fresh approval request");
        await Eventually.HoldsAsync(() => first.Text.Contains("moved to a newer message", StringComparison.Ordinal), "the old request marked as moved");
        Assert.False(first.HasButtons);
        await bot.ClickAsync(Lena, again, "approval_approve");
        await Eventually.HoldsAsync(() => !again.HasButtons && again.Text.Contains("approved by Lena Legal", StringComparison.Ordinal), "the fresh request updated in place");
    }

    [Fact]
    public async Task The_home_tab_shows_my_own_drafts_and_where_they_stand()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        await bot.SubmitDraftAsync(Emma, "Happy holidays from all of us.");

        var home = await bot.OpenHomeAsync(Emma);

        var text = SlackJson.AllText(home);
        Assert.Contains("My drafts (1)", text, StringComparison.Ordinal);
        Assert.Contains("in review at Legal", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_direct_message_is_read_as_a_command_and_answered_in_the_dm()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        var draftId = await bot.SubmitDraftAsync(Emma, "Summer internship applications are open.");

        var response = await bot.DirectMessageAsync(Emma, "my drafts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.GetAsync(() => bot.Slack.MessagesIn(Emma.DirectChannel).FirstOrDefault(m => m.Text.Contains("Your drafts (1)", StringComparison.Ordinal) && m.Text.Contains(draftId, StringComparison.Ordinal)), "the list in Emma's DM");
    }

    [Fact]
    public async Task New_in_a_direct_message_offers_a_button_that_opens_the_form()
    {
        await using var bot = await SlackBot.StartAsync(azurite);

        await bot.DirectMessageAsync(Emma, "new");
        var prompt = await Eventually.GetAsync(() => bot.Slack.MessagesIn(Emma.DirectChannel).FirstOrDefault(m => m.Button("home_new_draft") is not null), "the New draft button");
        var (_, trigger) = await bot.ClickAsync(Emma, prompt, "home_new_draft");

        var modal = await bot.OpenedViewAsync(trigger);
        Assert.Equal("new_draft", modal["callback_id"]?.GetValue<string>());
    }

    [Fact]
    public async Task A_mention_in_a_channel_is_answered_to_its_author_only()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        var draftId = await bot.SubmitDraftAsync(Emma, "Meet the team behind our app.");

        await bot.Requests.EventAsync(bot.NewEventId(), new JsonObject
        {
            ["type"] = "app_mention", ["user"] = Emma.UserId, ["channel"] = "C0MARKETING", ["text"] = $"<@U0BOT> status {draftId}", ["ts"] = "1780000000.000500",
        });

        var answer = await Eventually.GetAsync(() => bot.Slack.Calls.FirstOrDefault(c => c.Method == "chat.postEphemeral" && c.Argument("channel") == "C0MARKETING"), "the answer to the mention");
        Assert.Equal(Emma.UserId, answer.Argument("user"));
        Assert.Contains(draftId, SlackJson.AllText(answer.Arguments), StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Slack.Calls, c => c.Method == "chat.postMessage" && c.Argument("channel") == "C0MARKETING");
    }

    [Fact]
    public async Task A_retried_event_is_acknowledged_and_handled_once()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        const string eventId = "EvRetried0001";

        var first = await bot.DirectMessageAsync(Emma, "help", eventId);
        var retry = await bot.DirectMessageAsync(Emma, "help", eventId, retry: 1);
        await bot.DirectMessageAsync(Emma, "pending");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        await Eventually.GetAsync(() => bot.Slack.MessagesIn(Emma.DirectChannel).FirstOrDefault(m => m.Text.Contains("Waiting for your decision", StringComparison.Ordinal)), "the answer to the later event");
        await Eventually.GetAsync(() => bot.Slack.MessagesIn(Emma.DirectChannel).FirstOrDefault(m => m.Text.Contains("What I can do", StringComparison.Ordinal)), "the answer to the first delivery");
        Assert.Single(bot.Slack.MessagesIn(Emma.DirectChannel), m => m.Text.Contains("What I can do", StringComparison.Ordinal));
        var claims = bot.Host.Services.GetRequiredService<TableStorage>().Table(TableNames.Claims);
        Assert.Single(claims.Query<Azure.Data.Tables.TableEntity>(), c => c.RowKey.Contains(eventId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_events_url_check_gets_its_challenge_back()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        var body = new JsonObject { ["token"] = "t", ["type"] = "url_verification", ["challenge"] = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" }.ToJsonString();

        var response = await bot.Requests.SendAsync("/slack/events", body, "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["challenge"]!.GetValue<string>());
    }

    [Fact]
    public async Task Help_lists_the_commands_as_typed_after_the_slash_command()
    {
        await using var bot = await SlackBot.StartAsync(azurite);

        var (_, body, _) = await bot.SlashAsync(Emma, "help");

        var text = SlackJson.AllText(body);
        Assert.Equal("ephemeral", body?["response_type"]?.GetValue<string>());
        foreach (var usage in new[] { "/post new", "/post submit <account> <text>", "/post my drafts", "/post pending", "/post status <draft id>", "/post withdraw <draft id>", "/post revise <draft id>" })
            Assert.Contains(usage.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawing_a_draft_updates_the_approvers_message()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        await bot.OpenHomeAsync(Lena);
        var draftId = await bot.SubmitDraftAsync(Emma, "Draft to take back.");
        var request = await bot.ApprovalRequestAsync(Lena, draftId);

        var (_, body, _) = await bot.SlashAsync(Emma, "withdraw " + draftId);

        Assert.Contains($"Draft {draftId} is withdrawn", SlackJson.AllText(body), StringComparison.Ordinal);
        await Eventually.HoldsAsync(() => !request.HasButtons && request.Text.Contains("withdrew", StringComparison.Ordinal), "Lena's message saying the draft was withdrawn");
    }
}
