using PostApprovalBot.Core.Drafts;
using static PostApprovalBot.Integration.Tests.Slack.SlackCompany;

namespace PostApprovalBot.Integration.Tests.Slack;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Slack")]
public sealed class SlackApprovalFlowTests(AzuriteFixture azurite)
{
    private const string Post = "We are hiring engineers in Lisbon! Join us: https://contoso.com/jobs";

    [Fact]
    public async Task A_draft_from_the_slash_command_passes_legal_compliance_and_communications_and_the_submitter_gets_its_fingerprint()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        foreach (var approver in new[] { Lena, Colin, Chloe }) await bot.OpenHomeAsync(approver);

        var draftId = await bot.SubmitDraftAsync(Emma, Post);

        var status = await Eventually.GetAsync(() => bot.Slack.MessagesIn(Emma.DirectChannel).FirstOrDefault(m => m.Text.Contains("in review", StringComparison.Ordinal)), "Emma's status message");
        var requests = new List<SlackStandInMessage>();
        foreach (var approver in new[] { Lena, Colin, Chloe })
        {
            var request = await bot.ApprovalRequestAsync(approver, draftId);
            Assert.Contains(Post, request.Text, StringComparison.Ordinal);
            var (click, _) = await bot.ClickAsync(approver, request, "approval_approve");
            Assert.Equal(HttpStatusCode.OK, click.StatusCode);
            await Eventually.HoldsAsync(() => !request.HasButtons && request.Text.Contains($"approved by {approver.RealName}", StringComparison.Ordinal),
                $"{approver.RealName}'s message updated in place with the decision");
            requests.Add(request);
        }

        var outcome = await Eventually.GetAsync(() => bot.Slack.MessagesIn(Emma.DirectChannel).FirstOrDefault(m => m.Text.Contains("Approved: your", StringComparison.Ordinal)), "Emma's outcome message");
        Assert.Contains(ApprovedText.Sha256(Post), outcome.Text, StringComparison.Ordinal);
        Assert.Contains(Post, outcome.Text, StringComparison.Ordinal);
        await Eventually.HoldsAsync(() => requests.All(r => !r.HasButtons && r.Text.Contains("This post is approved", StringComparison.Ordinal)), "every approver's message showing the final outcome");
        await Eventually.HoldsAsync(() => status.Text.Contains("post: approved", StringComparison.Ordinal), "Emma's status message updated in place");
        Assert.Equal(DraftState.Approved, (await bot.Drafts.GetAsync(draftId, default)).Value.Draft.State);
    }

    [Fact]
    public async Task The_draft_form_offers_only_the_accounts_the_person_speaks_for_in_their_own_time_zone()
    {
        await using var bot = await SlackBot.StartAsync(azurite);

        var (response, body, trigger) = await bot.SlashAsync(Emma, "new");
        var modal = await bot.OpenedViewAsync(trigger);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(body);
        var accountSelect = modal["blocks"]!.AsArray().Single(b => b?["block_id"]?.GetValue<string>() == "draft_account")!["element"]!;
        var offered = accountSelect["options"]!.AsArray().Select(o => o!["value"]!.GetValue<string>()).ToList();
        Assert.Equal([LinkedIn], offered);
        var zoneSelect = modal["blocks"]!.AsArray().Single(b => b?["block_id"]?.GetValue<string>() == "draft_timezone")!["element"]!;
        Assert.Equal(Emma.TimeZone, zoneSelect["initial_option"]?["value"]?.GetValue<string>());
    }
}
