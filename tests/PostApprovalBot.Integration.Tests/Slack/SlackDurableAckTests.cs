using PostApprovalBot.Core.Drafts;
using static PostApprovalBot.Integration.Tests.Slack.SlackCompany;

namespace PostApprovalBot.Integration.Tests.Slack;

/// <summary>Store, then say yes: a Slack 200 to a state change means the change is already in storage when it arrives.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Slack")]
public sealed class SlackDurableAckTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task An_approve_click_answered_200_is_already_stored_when_the_answer_arrives()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        var (draftId, request) = Assert.Single(await bot.DraftsInReviewAsync(Emma, Lena, 1));

        var (click, _) = await bot.ClickAsync(Lena, request, "approval_approve");

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        Assert.Equal(1, await bot.ApprovalsStoredAsync(draftId, Lena));
    }

    [Fact]
    public async Task A_withdraw_typed_in_a_DM_is_stored_before_the_event_is_acknowledged_and_answered_after()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        var (draftId, _) = Assert.Single(await bot.DraftsInReviewAsync(Emma, Lena, 1));

        var response = await bot.DirectMessageAsync(Emma, $"withdraw {draftId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DraftState.Withdrawn, (await bot.Drafts.GetAsync(draftId, default)).Value.Draft.State);
        await Eventually.HoldsAsync(() => bot.Slack.MessagesIn(Emma.DirectChannel).Any(m => m.Text.Contains($"Draft {draftId} is withdrawn", StringComparison.Ordinal)),
            "the reply to Emma's withdraw in her DM");
    }
}
