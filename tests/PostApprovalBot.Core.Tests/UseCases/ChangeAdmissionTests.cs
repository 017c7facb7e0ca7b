using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.Tests.Builders;
using PostApprovalBot.Core.Tests.Fakes;
using PostApprovalBot.Core.UseCases;
using static PostApprovalBot.Core.Tests.Builders.Staff;

namespace PostApprovalBot.Core.Tests.UseCases;

[Trait("Category", "Domain")]
public sealed class ChangeAdmissionTests
{
    [Fact]
    public async Task A_change_that_cannot_start_in_time_is_refused_as_busy_before_anything_is_read_or_recorded()
    {
        var rig = new ServiceRig(admission: new ChangeAdmission(1, TimeSpan.FromMilliseconds(50)));
        var draft = await rig.SubmittedAsync();
        var holding = new TaskCompletionSource();
        var inFlight = new TaskCompletionSource();
        rig.Drafts.BeforeNextCommit = async () =>
        {
            inFlight.SetResult();
            await holding.Task;
        };
        var first = rig.Service.DecideAsync(Lea, draft.Id, "legal", 1, Verdict.Approve, null, default);
        await inFlight.Task;
        var auditedBefore = rig.AuditLog.Events.Count;

        var second = await rig.Service.DecideAsync(Leo, draft.Id, "legal", 1, Verdict.Approve, null, default);
        holding.SetResult();

        Assert.Equal(RefusalCode.Busy, second.Refusal?.Code);
        Assert.Contains("did not record anything", second.Refusal!.Message);
        Assert.Equal(auditedBefore, rig.AuditLog.Events.Count);
        Assert.True((await first).Succeeded);
    }

    [Fact]
    public async Task A_slot_is_given_back_when_the_change_ends_so_the_next_one_runs()
    {
        var rig = new ServiceRig(admission: new ChangeAdmission(1, TimeSpan.FromMilliseconds(50)));
        var draft = await rig.SubmittedAsync();

        var first = await rig.Service.DecideAsync(Lea, draft.Id, "legal", 1, Verdict.Approve, null, default);
        var second = await rig.Service.DecideAsync(Cole, draft.Id, "compliance", 1, Verdict.Approve, null, default);

        Assert.True(first.Succeeded, first.Refusal?.Message);
        Assert.True(second.Succeeded, second.Refusal?.Message);
    }
}
