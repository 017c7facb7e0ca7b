using PostApprovalBot.Core.Policy;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Tests.Builders;
using static PostApprovalBot.Core.Tests.Builders.Posts;

namespace PostApprovalBot.Core.Tests.Policy;

[Trait("Category", "Domain")]
public sealed class LexiconTests
{
    private static PolicySettings Watching(params LexiconTerm[] terms) => PolicySettings.Default with { Lexicon = terms };

    [Fact]
    public void Blocked_term_blocks_the_draft()
    {
        var report = Check("Our fund offers guaranteed returns.", settings: Watching(new LexiconTerm("guaranteed returns", LexiconAction.Block)));

        var finding = Assert.Single(report.Findings);
        Assert.Equal("lexicon.blocked", finding.Code);
        Assert.True(report.Blocks);
    }

    [Fact]
    public void Flagged_term_is_reported_without_blocking()
    {
        var report = Check("Our results beat the forecast.", settings: Watching(new LexiconTerm("forecast", LexiconAction.Flag)));

        var finding = Assert.Single(report.Findings);
        Assert.Equal("lexicon.flagged", finding.Code);
        Assert.False(report.Blocks);
    }

    [Fact]
    public void Terms_match_whatever_their_case()
    {
        var report = Check("A FORECAST for 2026.", settings: Watching(new LexiconTerm("forecast", LexiconAction.Flag)));

        Assert.Contains("lexicon.flagged", report.Codes());
    }

    [Theory]
    [InlineData("Forecasting is hard.")]
    [InlineData("Our preforecast model.")]
    public void Terms_match_only_whole_words(string text)
    {
        var report = Check(text, settings: Watching(new LexiconTerm("forecast", LexiconAction.Flag)));

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Finding_points_at_the_term_in_the_text()
    {
        const string text = "\U0001F680 Launch day: Guaranteed Returns for all!";

        var finding = Assert.Single(Check(text, settings: Watching(new LexiconTerm("guaranteed returns", LexiconAction.Block))).Findings);

        Assert.Equal("Guaranteed Returns", finding.Marked(text));
    }

    [Fact]
    public void Finding_gives_the_reason_configured_for_the_term()
    {
        var settings = Watching(new LexiconTerm("merger", LexiconAction.Flag, Reason: "insider information"));

        var finding = Assert.Single(Check("A merger is coming.", settings: settings).Findings);

        Assert.Contains("insider information", finding.Message);
    }

    [Fact]
    public void Term_names_the_approver_group_it_pulls_in_once()
    {
        var settings = Watching(
            new LexiconTerm("revenue", LexiconAction.Flag, ApprovalRoute.Compliance),
            new LexiconTerm("profit", LexiconAction.Flag, ApprovalRoute.Compliance));

        var report = Check("Revenue and profit grew.", settings: settings);

        Assert.Equal([ApprovalRoute.Compliance], report.ExtraApproverGroupIds);
    }

    [Fact]
    public void Term_that_does_not_occur_pulls_in_no_group()
    {
        var report = Check("Nothing financial here.", settings: Watching(new LexiconTerm("revenue", LexiconAction.Flag, ApprovalRoute.Compliance)));

        Assert.Empty(report.ExtraApproverGroupIds);
    }

    [Fact]
    public void Extra_group_joins_the_first_step_of_a_route_that_lacks_it()
    {
        var company = new Company()
            .WithRoute(Company.Step(Company.Stage(ApprovalRoute.Legal)), Company.Step(Company.Stage(ApprovalRoute.Communications)))
            .WithLexicon(new LexiconTerm("revenue", LexiconAction.Flag, ApprovalRoute.Compliance));

        var draft = Company.Expect(company.Submit("Revenue grew by a third.")).After;

        Assert.Equal([ApprovalRoute.Legal, ApprovalRoute.Compliance], draft.Route.Steps[0].Stages.Select(s => s.ApproverGroupId));
        Assert.Equal(2, draft.Route.Steps.Count);
    }

    [Fact]
    public void Extra_group_already_on_the_route_is_not_added_twice()
    {
        var company = new Company().WithLexicon(new LexiconTerm("revenue", LexiconAction.Flag, ApprovalRoute.Compliance));

        var draft = Company.Expect(company.Submit("Revenue grew by a third.")).After;

        Assert.Single(draft.Route.AllStages, s => s.ApproverGroupId == ApprovalRoute.Compliance);
        Assert.Equal(3, draft.Route.AllStages.Count());
    }

    [Fact]
    public void Blocked_term_refuses_submission_with_its_message()
    {
        var company = new Company().WithLexicon(new LexiconTerm("guaranteed returns", LexiconAction.Block));

        var refusal = Company.ExpectRefusal(company.Submit("Guaranteed returns for everyone!"));

        Assert.Equal(Outcomes.RefusalCode.BlockedByPolicy, refusal.Code);
        Assert.Contains("\"Guaranteed returns\"", refusal.Message);
    }
}
