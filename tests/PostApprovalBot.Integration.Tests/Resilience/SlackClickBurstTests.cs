using Xunit.Abstractions;
using static PostApprovalBot.Integration.Tests.Slack.SlackCompany;

namespace PostApprovalBot.Integration.Tests.Resilience;

/// <summary>
/// 2,000 signed approve clicks in about a second, on drafts already in review: every click answered 200 left a trace in
/// storage the moment it was answered (a decision by its approver, or an audited refusal such as "already decided"),
/// and no draft was decided twice. Slack answered 503 is a click the approver saw fail.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Resilience")]
public sealed class SlackClickBurstTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int Drafts = 100;
    private const int ClicksPerDraft = 20;

    [Fact]
    public async Task Every_approve_click_answered_200_in_a_burst_of_2000_is_stored_when_answered()
    {
        await using var bot = await SlackBot.StartAsync(azurite);
        var inReview = await bot.DraftsInReviewAsync(Emma, Lena, Drafts);
        var clicks = Enumerable.Range(0, ClicksPerDraft)
            .SelectMany(_ => inReview.Select(d => new SlackClickBurst.Click(Lena, d.DraftId, d.Request)))
            .ToList();

        var answers = await SlackClickBurst.SendAsync(bot, clicks, TimeSpan.FromSeconds(1)).WaitAsync(TimeSpan.FromMinutes(4));

        var missing = new List<string>();
        foreach (var (draftId, _) in inReview)
        {
            var ok = answers.Count(a => a.Click.DraftId == draftId && a.Ok);
            var approvals = await bot.ApprovalsStoredAsync(draftId, Lena);
            var recorded = approvals + await bot.RefusalsAuditedAsync(draftId, Lena);
            if (recorded < ok || approvals > 1) missing.Add($"{draftId}: {ok} answered 200, {approvals} approvals and {recorded - approvals} refusals recorded");
        }
        var statuses = string.Join(", ", answers.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"));
        output.WriteLine($"{answers.Count} clicks answered: {statuses}.");
        Assert.True(missing.Count == 0, $"Clicks answered 200 and not stored, or a draft approved twice ({statuses}):\n{string.Join('\n', missing)}");
        Assert.All(answers, a => Assert.True(a.Status is 200 or 503 or SlackClickBurst.NoAnswer, $"A click was answered {a.Status} ({statuses})."));
        Assert.Contains(answers, a => a.Ok);
    }
}
