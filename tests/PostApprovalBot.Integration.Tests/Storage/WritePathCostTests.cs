using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Policy;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Storage.Chat;
using PostApprovalBot.Storage.Diagnostics;
using PostApprovalBot.Storage.Drafts;
using static PostApprovalBot.Integration.Tests.Infrastructure.StorageWorld;

namespace PostApprovalBot.Integration.Tests.Storage;

/// <summary>
/// What an action costs in table requests, counted on the wire: a decision is one draft read and one transaction
/// (plus the group-committed outbox pointer and at most one configuration stamp read), and neither a submission nor a
/// clock pass costs more when the account or the company has more drafts.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Storage")]
public sealed class WritePathCostTests(AzuriteFixture azurite)
{
    private static readonly (string, string)[] Bookkeeping = [("outbox", TableRequestKind.Transaction), ("settings", TableRequestKind.PointRead)];

    [Fact]
    public async Task A_decision_reads_the_draft_once_and_commits_once_before_it_answers()
    {
        var world = await CreateAsync(azurite);
        var draft = await SubmittedAsync(world, "Hello");
        await world.CachedService.GetAsync(draft.Id, default);

        var requests = await CountAsync(world, () => world.CachedService.DecideAsync(LegalA, draft.Id, "Legal", 1, Verdict.Approve, null, default));

        Assert.Equal(1, requests.Count(r => r == ("drafts", TableRequestKind.Query)));
        Assert.Equal(1, requests.Count(r => r == ("drafts", TableRequestKind.Transaction)));
        Assert.All(requests.Where(r => r.Table != "drafts"), r => Assert.Contains(r, Bookkeeping));
        Assert.InRange(requests.Count, 2, 4);
    }

    [Fact]
    public async Task Moving_a_draft_to_its_next_step_writes_one_list_row_per_group_not_one_per_approver()
    {
        var world = await CreateAsync(azurite);
        await world.Groups.SaveAsync(new Core.Routing.ApproverGroup(Core.Routing.ApprovalRoute.Compliance, "Compliance", [Compliance, Comms, Outsider]), default);
        var draft = await SubmittedAsync(world, "Hello");

        // The recording sink applies the change's effects at once, as the dispatcher would after the answer.
        var requests = await CountAsync(world, () => world.Service.DecideAsync(LegalA, draft.Id, "Legal", 1, Verdict.Approve, null, default));

        Assert.Equal(1, requests.Count(r => r is ("inbox", "upsert")));
        Assert.Equal(1, requests.Count(r => r is ("inbox", "delete")));
        Assert.Equal([draft.Id], (await world.Service.WaitingForAsync(Outsider, 10, default)).Select(o => o.Draft.Id));
        Assert.Empty(await world.Service.WaitingForAsync(LegalB, 10, default));
    }

    [Fact]
    public async Task A_submission_costs_the_same_whatever_the_number_of_drafts_already_in_the_account()
    {
        var world = await CreateAsync(azurite);
        await world.Policy.SaveAsync(PolicyDocument.Empty with { AccountPolicies = [new PostingPolicy(AccountId, "Be kind.", MaxPerDay: 50)] }, default);
        await world.CachedService.PreviewAsync(Spokesperson, AccountId, DraftContent.TextOnly("Warming up"), default);

        var few = await SubmissionCostAsync(world);
        for (var i = 0; i < 30; i++) await SubmittedAsync(world, $"Filler {i}");
        var many = await SubmissionCostAsync(world);

        Assert.Equal(few.Count, many.Count);
        Assert.Equal(1, many.Count(r => r == ("inbox", TableRequestKind.Query)));
    }

    [Fact]
    public async Task The_frequency_rule_counts_the_accounts_live_posts_from_its_calendar()
    {
        var world = await CreateAsync(azurite);
        await world.Policy.SaveAsync(PolicyDocument.Empty with { AccountPolicies = [new PostingPolicy(AccountId, "One a day.", MaxPerDay: 1)] }, default);
        var first = await SubmittedAsync(world, "First of the day");

        var second = (await world.Service.SubmitAsync(Spokesperson, AccountId, DraftContent.TextOnly("Second of the day"), default)).Value;
        await world.Service.WithdrawAsync(Spokesperson, first.Id, default);
        await world.Service.WithdrawAsync(Spokesperson, second.Change.After.Id, default);
        var third = (await world.Service.SubmitAsync(Spokesperson, AccountId, DraftContent.TextOnly("Third, after both withdrew"), default)).Value;

        Assert.Contains(second.Change.After.CurrentRevision.Findings, f => f.Code == "frequency.daily");
        Assert.DoesNotContain(third.Change.After.CurrentRevision.Findings, f => f.Code == "frequency.daily");
    }

    [Fact]
    public async Task A_clock_pass_reads_only_what_is_due_whatever_the_number_of_drafts_in_review()
    {
        var world = await CreateAsync(azurite);
        for (var i = 0; i < 12; i++) await SubmittedAsync(world, $"Waiting {i}");
        var clock = new ReviewClock(new ReviewAgendaTable(world.Storage), world.CachedService, world.Directory,
            new ChatDirectoryRepository(world.Storage), [], new OnceOnlyClaimRepository(world.Storage, world.Clock), world.Clock);

        var idle = await CountAsync(world, () => clock.RunOnceAsync(default));
        world.Clock.Advance(TimeSpan.FromHours(24));
        var due = await CountAsync(world, () => clock.RunOnceAsync(default));
        var afterwards = await CountAsync(world, () => clock.RunOnceAsync(default));

        Assert.Equal([("agenda", TableRequestKind.Query)], idle);
        Assert.Equal(12, due.Count(r => r == ("drafts", TableRequestKind.Query)));
        Assert.Equal(12, due.Count(r => r.Table == "agenda" && r.Operation == "delete"));
        Assert.Equal([("agenda", TableRequestKind.Query)], afterwards);
    }

    private static async Task<Draft> SubmittedAsync(StorageWorld world, string text) =>
        (await world.Service.SubmitAsync(Spokesperson, AccountId, DraftContent.TextOnly(text), default)).Value.Change.After;

    private static Task<IReadOnlyList<(string Table, string Operation)>> SubmissionCostAsync(StorageWorld world) =>
        CountAsync(world, async () => Assert.True((await world.CachedService.SubmitAsync(Spokesperson, AccountId, DraftContent.TextOnly("Measured"), default)).Succeeded));

    private static async Task<IReadOnlyList<(string Table, string Operation)>> CountAsync(StorageWorld world, Func<Task> act)
    {
        world.Requests.Clear();
        world.Requests.Recording = true;
        try
        {
            await act();
        }
        finally
        {
            world.Requests.Recording = false;
        }
        return world.Requests.Requests;
    }
}
