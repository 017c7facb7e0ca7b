using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Teams;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Teams")]
public sealed class ConcurrentDecisionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TeamsBot bot = null!;
    private TeamsFlow flow = null!;

    public async Task InitializeAsync()
    {
        bot = await TeamsBot.StartAsync(azurite);
        flow = new TeamsFlow(bot);
        await bot.InstallAsync(Emma, Lena, Liam, Colin, Chloe);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Two_approvers_clicking_at_once_on_an_any_one_stage_record_one_decision_and_the_other_is_told_who_decided()
    {
        var draftId = await flow.SubmitAsync(Emma, "Two approvers, one decision.");
        await flow.ApprovalCardAsync(Lena, draftId);
        await flow.ApprovalCardAsync(Liam, draftId);

        var answers = await Task.WhenAll(flow.DecideAsync(Lena, draftId, "approve"), flow.DecideAsync(Liam, draftId, "reject", "Not now."));

        var draft = (await bot.Services.GetRequiredService<DraftService>().GetAsync(draftId, default)).Value.Draft;
        var decision = Assert.Single(draft.Decisions, d => d.StageName == "Legal");
        var winner = decision.Approver.DisplayName;
        var loser = winner == Lena.Name ? answers[1] : answers[0];
        var loserText = CardReading.Text(loser);
        Assert.Contains("already decided", loserText);
        Assert.Contains(winner, loserText);
        Assert.False(CardReading.OffersDecisions(loser));
        var audit = await bot.Services.GetRequiredService<IAuditLog>().ListAsync(draftId, default);
        Assert.Contains(audit, e => e.Action == AuditActions.ActionRefused && e.Actor.DisplayName != winner && e.Details!.Contains("AlreadyDecided"));
    }
}
