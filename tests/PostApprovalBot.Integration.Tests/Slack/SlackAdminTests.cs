using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using static PostApprovalBot.Integration.Tests.Slack.SlackCompany;

namespace PostApprovalBot.Integration.Tests.Slack;

/// <summary>Admin commands and the posting policy in Slack: /post and DMs, people named by mention, refusals for non-admins.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Slack")]
[Trait("Category", "Admin")]
public sealed class SlackAdminTests(AzuriteFixture azurite)
{
    private static Task<SlackStandInMessage> MessageAsync(SlackBot bot, SlackTestUser user, string contains, string what) =>
        Eventually.GetAsync(() => bot.Slack.MessagesIn(user.DirectChannel).LastOrDefault(m => m.Text.Contains(contains, StringComparison.Ordinal)), what);

    private static Task<SlackBot> StartAsync(AzuriteFixture azurite) => SlackBot.StartAsync(azurite, ("Admin:Bootstrap", Chloe.Email));

    [Fact]
    public async Task An_admin_grants_a_spokesperson_by_mention_and_revokes_by_email_and_submissions_follow()
    {
        await using var bot = await StartAsync(azurite);
        var sam = Person.FromEmail(Sam.Email!, Sam.RealName);

        await bot.DirectMessageAsync(Chloe, $"spokesperson grant <@{Sam.UserId}> {LinkedIn}");
        await MessageAsync(bot, Chloe, "may now speak for", "the grant confirmed");
        Assert.True((await bot.Drafts.SubmitAsync(sam, LinkedIn, DraftContent.TextOnly("Hello from sales."), default)).Succeeded);

        var (response, body, _) = await bot.SlashAsync(Chloe, $"spokesperson revoke {Sam.Email} {LinkedIn}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.HoldsAsync(() => SlackJson.AllText(body).Contains("no longer speaks for", StringComparison.Ordinal)
            || bot.Slack.Calls.Any(c => c.Method == "chat.postEphemeral" && c.Arguments.ToJsonString().Contains("no longer speaks for", StringComparison.Ordinal)), "the revocation confirmed");
        Assert.False((await bot.Drafts.SubmitAsync(sam, LinkedIn, DraftContent.TextOnly("Hello again."), default)).Succeeded);
    }

    [Fact]
    public async Task Someone_who_is_not_an_admin_is_refused_and_nothing_changes()
    {
        await using var bot = await StartAsync(azurite);
        await bot.OpenHomeAsync(Lena);
        var draftId = await bot.SubmitDraftAsync(Emma, "Quarterly numbers are out.");

        await bot.DirectMessageAsync(Emma, $"override {draftId} approve Trust me");
        await bot.DirectMessageAsync(Emma, $"spokesperson grant {Sam.Email} {LinkedIn}");

        await MessageAsync(bot, Emma, "Only administrators can use admin commands", "the refusal");
        await Eventually.HoldsAsync(() => bot.Slack.MessagesIn(Emma.DirectChannel).Count(m => m.Text.Contains("Not allowed", StringComparison.Ordinal)) == 2, "both refusals");
        Assert.Equal(DraftState.InReview, (await bot.Drafts.GetAsync(draftId, default)).Value.Draft.State);
        Assert.Empty(await bot.Drafts.AccountsForAsync(Person.FromEmail(Sam.Email!, Sam.RealName), default));
    }

    [Fact]
    public async Task An_override_from_slack_ends_the_review_and_every_message_says_who_overrode_and_why()
    {
        await using var bot = await StartAsync(azurite);
        await bot.OpenHomeAsync(Lena);
        var draftId = await bot.SubmitDraftAsync(Emma, "A bold claim about our competitors.");
        var request = await bot.ApprovalRequestAsync(Lena, draftId);

        await bot.DirectMessageAsync(Chloe, $"override {draftId} reject Off-brand and legally risky");

        await MessageAsync(bot, Chloe, "rejected by override", "the override confirmed");
        await Eventually.HoldsAsync(() => !request.HasButtons && request.Text.Contains("rejected by override (Chloe Comms, Off-brand and legally risky)", StringComparison.Ordinal),
            "Lena's message closed by the override");
        var outcome = await MessageAsync(bot, Emma, "Rejected by override: your", "Emma's outcome");
        Assert.Contains("Off-brand and legally risky", outcome.Text, StringComparison.Ordinal);
        Assert.Equal(DraftState.Rejected, (await bot.Drafts.GetAsync(draftId, default)).Value.Draft.State);
    }

    [Fact]
    public async Task Admin_help_and_the_posting_policy_answer_to_anyone()
    {
        await using var bot = await StartAsync(azurite);

        var (_, help, _) = await bot.SlashAsync(Emma, "admin help");
        var (_, policy, _) = await bot.SlashAsync(Emma, $"policy {LinkedIn}");

        Assert.Contains("undelegate", SlackJson.AllText(help), StringComparison.Ordinal);
        Assert.Contains("Posting policy for Contoso on LinkedIn", SlackJson.AllText(policy), StringComparison.Ordinal);
        Assert.Contains("Ask its owner, Chloe Comms (chloe.comms@contoso.com)", SlackJson.AllText(policy), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mention_of_someone_without_a_work_email_is_refused_with_the_reason()
    {
        await using var bot = await StartAsync(azurite);
        await bot.OpenHomeAsync(Chloe);

        await bot.DirectMessageAsync(Chloe, $"approvers legal add <@{Hidden.UserId}>");

        await MessageAsync(bot, Chloe, "Write their e-mail address instead of the mention", "the refusal");
        Assert.DoesNotContain(bot.Slack.MessagesIn(Chloe.DirectChannel), m => m.Text.Contains("is now in", StringComparison.Ordinal));
    }
}
