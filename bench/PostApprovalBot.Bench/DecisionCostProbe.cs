using System.Diagnostics;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Bench;

/// <summary>
/// The storage cost of the decision itself, apart from chat protocol and identity: posts submitted and approved
/// one at a time through <see cref="DraftService"/> in the running host, each call counted in its own scope, and
/// what the host does in the background for them (notifications, the ledger) counted separately once it settles.
/// </summary>
public sealed class DecisionCostProbe(BenchWorld world)
{
    public const string Submit = "DraftService.SubmitAsync";
    public const string Decide = "DraftService.DecideAsync";

    public async Task<DecisionCost> MeasureAsync(int posts)
    {
        var service = world.Host.Services.GetRequiredService<DraftService>();
        var company = world.Company;
        await world.Counter.QuietAsync();
        world.Counter.Reset();
        var latencies = new LatencyRecorder();
        var decisions = 0;
        for (var post = 0; post < posts; post++)
        {
            var submitter = company.Spokespersons[post % company.Spokespersons.Count];
            var content = DraftContent.TextOnly($"probe-{post:D4}: Contoso opens its new office in Lyon today.");
            var started = Stopwatch.GetTimestamp();
            string draftId;
            using (TableRequestCounter.Open(Submit))
                draftId = (await service.SubmitAsync(Person.FromEmail(submitter.Email, submitter.Name), BenchCompany.AccountId, content, default)).Value.Overview.Draft.Id;
            latencies.Add(Submit, started);
            for (var stage = 0; stage < BenchCompany.Stages.Length; stage++)
            {
                var approver = company.Groups[stage][post % company.Groups[stage].Count];
                started = Stopwatch.GetTimestamp();
                using (TableRequestCounter.Open(Decide))
                {
                    var result = await service.DecideAsync(Person.FromEmail(approver.Email, approver.Name), draftId, BenchCompany.Stages[stage], 1, Verdict.Approve, null, default);
                    if (!result.Succeeded) throw new InvalidOperationException($"The probe's decision was refused: {result.Refusal!.Message}");
                }
                latencies.Add(Decide, started);
                decisions++;
            }
        }
        await world.Counter.QuietAsync();
        return new DecisionCost(posts, decisions, world.Counter.Snapshot(), latencies.Summaries());
    }
}

/// <summary>What <see cref="DecisionCostProbe"/> measured.</summary>
public sealed record DecisionCost(
    int Posts, int Decisions, IReadOnlyDictionary<(string Cause, string Table, string Operation), long> Requests, IReadOnlyDictionary<string, LatencySummary> Latencies);
