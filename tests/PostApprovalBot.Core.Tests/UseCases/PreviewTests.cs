using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Policy;
using PostApprovalBot.Core.Tests.Builders;
using PostApprovalBot.Core.Tests.Fakes;

namespace PostApprovalBot.Core.Tests.UseCases;

/// <summary>The preview the draft form shows before routing finds what the submission will find, frequency rules included.</summary>
[Trait("Category", "Workflow")]
public sealed class PreviewTests
{
    private readonly ServiceRig _rig = new(new Company().WithPostingPolicy(
        new PostingPolicy("linkedin-acme", "Be kind.", MaxPerDay: 1, EarliestHour: 10, LatestHour: 18)));

    private static string[] Codes(IEnumerable<PolicyFinding> findings) => findings.Select(f => f.Code).Order().ToArray();

    [Fact]
    public async Task Preview_finds_the_posting_hours_finding_that_the_submission_then_records()
    {
        var content = DraftContent.TextOnly(Company.PlainText);

        var preview = await _rig.Service.PreviewAsync(Staff.Sam, _rig.Company.Account.Id, content, default);
        var submitted = await _rig.SubmittedAsync();

        Assert.Contains("frequency.hours", Codes(preview.Value.Findings));
        Assert.Equal(Codes(submitted.CurrentRevision.Findings), Codes(preview.Value.Findings));
    }

    [Fact]
    public async Task Preview_counts_the_accounts_other_planned_posts_against_the_daily_limit()
    {
        await _rig.SubmittedAsync();

        var preview = await _rig.Service.PreviewAsync(Staff.Sam, _rig.Company.Account.Id, DraftContent.TextOnly("A second post today."), default);

        Assert.Contains("frequency.daily", Codes(preview.Value.Findings));
    }

    [Fact]
    public async Task Preview_of_a_revision_does_not_count_the_draft_being_revised()
    {
        var draft = await _rig.SubmittedAsync();

        var preview = await _rig.Service.PreviewAsync(Staff.Sam, _rig.Company.Account.Id, DraftContent.TextOnly("The revised text."), default, draft.Id);

        Assert.DoesNotContain("frequency.daily", Codes(preview.Value.Findings));
    }

    [Fact]
    public async Task Preview_of_an_unknown_account_is_refused()
    {
        var preview = await _rig.Service.PreviewAsync(Staff.Sam, "x-nobody", DraftContent.TextOnly("Hello"), default);

        Assert.False(preview.Succeeded);
    }
}
