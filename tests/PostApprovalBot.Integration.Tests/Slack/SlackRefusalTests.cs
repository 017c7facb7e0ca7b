using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using static PostApprovalBot.Integration.Tests.Slack.SlackCompany;

namespace PostApprovalBot.Integration.Tests.Slack;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Slack")]
public sealed class SlackRefusalTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Someone_who_speaks_for_no_account_is_told_whose_permission_to_ask_instead_of_getting_the_form()
    {
        await using var bot = await SlackBot.StartAsync(azurite);

        var (response, body, trigger) = await bot.SlashAsync(Sam, "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ephemeral", body?["response_type"]?.GetValue<string>());
        Assert.Contains($"{OwnerName} (chloe.comms@contoso.com)", SlackJson.AllText(body), StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Slack.Calls, c => c.Method == "views.open" && c.Argument("trigger_id") == trigger);
    }

    [Fact]
    public async Task A_quick_submission_by_a_non_spokesperson_is_refused_with_the_owners_name_and_stores_no_draft()
    {
        await using var bot = await SlackBot.StartAsync(azurite);

        var (_, body, _) = await bot.SlashAsync(Colin, $"submit {LinkedIn} Big news tomorrow!");

        var said = SlackJson.AllText(body);
        Assert.Contains("not an authorized spokesperson", said, StringComparison.Ordinal);
        Assert.Contains(OwnerName, said, StringComparison.Ordinal);
        Assert.Empty(await bot.Drafts.MyDraftsAsync(Person.FromEmail(Colin.Email!), 10, default));
    }

    [Fact]
    public async Task An_approve_click_is_judged_for_the_clicker_alone_whatever_stage_the_button_names()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        await bot.OpenHomeAsync(Lena);
        await bot.OpenHomeAsync(Colin);
        var draftId = await bot.SubmitDraftAsync(Emma, "Our results are out.");
        var lenas = await bot.ApprovalRequestAsync(Lena, draftId);

        // Colin replays Lena's Legal button: the payload says Colin clicked, so Colin is who decides.
        var replay = SlackPayloads.MessageClick(Colin, lenas, lenas.Button("approval_approve")!, bot.Requests.NewTriggerId());
        var response = await bot.Requests.InteractionAsync(replay);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Colin is not in Lena's DM, so the refusal reaches him in his own.
        var refusal = await Eventually.GetAsync(() => bot.Slack.MessagesIn(Colin.DirectChannel).FirstOrDefault(), "the refusal shown to Colin");
        Assert.Contains("not an approver of the Legal stage", refusal.Text, StringComparison.Ordinal);
        Assert.Empty((await bot.Drafts.GetAsync(draftId, default)).Value.Draft.Decisions);
        Assert.True(lenas.HasButtons);
    }

    [Fact]
    public async Task A_reject_click_by_someone_outside_the_draft_opens_no_form_and_shows_none_of_its_text()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        await bot.OpenHomeAsync(Lena);
        var draftId = await bot.SubmitDraftAsync(Emma, "Confidential launch plan.");
        var lenas = await bot.ApprovalRequestAsync(Lena, draftId);
        var trigger = bot.Requests.NewTriggerId();

        var response = await bot.Requests.InteractionAsync(SlackPayloads.MessageClick(Sam, lenas, lenas.Button("approval_reject")!, trigger));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refusal = await Eventually.GetAsync(() => bot.Slack.MessagesIn(Sam.DirectChannel).FirstOrDefault(), "the refusal shown to Sam");
        Assert.Contains("You can see only drafts", refusal.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Slack.Calls, c => c.Method == "views.open" && c.Argument("trigger_id") == trigger);
    }

    [Fact]
    public async Task A_comment_form_whose_metadata_names_another_stage_is_refused_inside_the_form()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        await bot.OpenHomeAsync(Lena);
        var draftId = await bot.SubmitDraftAsync(Emma, "Spring sale starts Monday.");
        var (_, trigger) = await bot.ClickAsync(Lena, await bot.ApprovalRequestAsync(Lena, draftId), "approval_reject");
        var modal = await bot.OpenedViewAsync(trigger);
        var metadata = JsonNode.Parse(modal["private_metadata"]!.GetValue<string>())!.AsObject();
        metadata["s"] = "Communications";
        modal["private_metadata"] = metadata.ToJsonString();

        var answer = await bot.SubmitViewAsync(Lena, modal, SlackPayloads.CommentForm(modal, "No."));

        Assert.Equal("errors", answer?["response_action"]?.GetValue<string>());
        Assert.Contains("not an approver of the Communications stage", answer!["errors"]!["comment"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await bot.Drafts.GetAsync(draftId, default)).Value.Draft.Decisions);
    }

    [Fact]
    public async Task A_draft_the_policy_blocks_stays_in_the_form_with_the_reason_under_its_text()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        var (_, _, trigger) = await bot.SlashAsync(Emma, "");
        var modal = await bot.OpenedViewAsync(trigger);

        var answer = await bot.SubmitViewAsync(Emma, modal, SlackPayloads.DraftForm(modal, LinkedIn, "Invest now for guaranteed returns!"));

        Assert.Equal("errors", answer?["response_action"]?.GetValue<string>());
        Assert.Contains("guaranteed returns", answer!["errors"]!["draft_text"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await bot.Drafts.MyDraftsAsync(Person.FromEmail(Emma.Email!), 10, default));
    }

    [Fact]
    public async Task A_publication_time_in_the_past_is_refused_under_the_date()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        var (_, _, trigger) = await bot.SlashAsync(Emma, "");
        var modal = await bot.OpenedViewAsync(trigger);

        var answer = await bot.SubmitViewAsync(Emma, modal, SlackPayloads.DraftForm(modal, LinkedIn, "Hello!", "2020-01-06", "09:30", "Europe/Paris"));

        Assert.Equal("errors", answer?["response_action"]?.GetValue<string>());
        Assert.Contains("in the past", answer!["errors"]!["draft_date"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_whose_profile_shows_no_email_is_told_why_the_bot_cannot_act_for_them()
    {
        await using var bot = await SlackBot.StartAsync(azurite);

        var (_, body, _) = await bot.SlashAsync(Hidden, "my drafts");

        Assert.Equal("ephemeral", body?["response_type"]?.GetValue<string>());
        Assert.Contains("no e-mail address", SlackJson.AllText(body), StringComparison.Ordinal);
        var directory = bot.Host.Services.GetRequiredService<IChatDirectory>();
        Assert.Null(await directory.FindByChannelUserAsync(ChatChannel.Slack, Hidden.UserId, default));
    }

    [Fact]
    public async Task A_draft_is_shown_only_to_the_people_involved_in_it()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        var draftId = await bot.SubmitDraftAsync(Emma, "Quarterly update.");

        var (_, outsider, _) = await bot.SlashAsync(Sam, "status " + draftId);
        var (_, reviewer, _) = await bot.SlashAsync(Lena, "status " + draftId);

        Assert.Contains("You can see only drafts", SlackJson.AllText(outsider), StringComparison.Ordinal);
        Assert.DoesNotContain("Quarterly update.", SlackJson.AllText(outsider), StringComparison.Ordinal);
        Assert.Contains("Quarterly update.", SlackJson.AllText(reviewer), StringComparison.Ordinal);
    }
}
