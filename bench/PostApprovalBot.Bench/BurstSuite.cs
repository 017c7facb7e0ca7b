using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Bench;

/// <summary>
/// Issue 15's burst measurements in one world of their own (Azurite, the host, the stand-ins): drafts put in review,
/// the raw storage ceiling, all Slack clicks at once, all Teams clicks at once (each verified from storage, table
/// requests per decision split into answer path and background), submissions at once, and the inbox lag.
/// </summary>
public sealed class BurstSuite(BenchOptions options, BurstReport report)
{
    public const string FirstStage = "Legal";

    public async Task RunAsync()
    {
        await using var world = await BenchWorld.StartAsync(new BenchCompany(withRulesAccount: true), new Dictionary<string, string?>
        {
            // Only what the burst causes runs: the host's own review-clock passes would read every draft in review.
            ["Workflow:ClockInterval"] = "1.00:00:00",
        }, options.Instances);
        report.Progress($"putting {2 * options.Clicks + options.LagSample} drafts in review");
        var drafts = await new BurstSetup(world).PrepareAsync(options.Clicks, options.LagSample, report.Progress);
        report.Progress("waiting for the host to finish the submissions' notifications");
        await world.Counter.QuietAsync(TimeSpan.FromMinutes(5));

        // As many decisions as each channel's burst, from as many workers, so the queueing behind the p99s compares.
        var ceilingDecisions = options.Clicks;
        report.Progress($"raw storage ceiling: {ceilingDecisions} decisions, {options.BurstClients} workers");
        var ceiling = await new StorageCeiling(world.Azurite.ConnectionString, world.TablePrefix)
            .MeasureAsync(drafts.Slack[0].DraftId, ceilingDecisions, options.BurstClients);
        report.Ceiling(ceiling);

        foreach (var (channel, clicks) in new[] { ("Slack block_actions approve (/slack/interactions)", drafts.Slack), ("Teams adaptiveCard/action approve (/api/messages)", drafts.Teams) })
        {
            report.Progress($"{channel}: {clicks.Count} clicks from {options.BurstClients} clients released together");
            var run = await new ClickBurst(world).RunAsync(channel, clicks, options.BurstClients);
            var decided = await new DecisionVerifier(world).DecidedAsync(run.Acks.Select(a => a.Click.DraftId), FirstStage);
            if (!await world.Counter.QuietAsync(TimeSpan.FromMinutes(5))) report.Progress("the host's background work did not settle within 5 minutes; counting what it did so far");
            report.Clicks(new ChannelBurst(run, decided, world.Counter.Snapshot()), ceiling);
        }

        var inRulesAccount = 0;
        foreach (var teams in new[] { true, false })
        {
            report.Progress($"{options.Submissions} {(teams ? "Teams" : "Slack")} submissions released together");
            var submissions = await new SubmissionBurst(world).RunAsync(teams, options.Submissions, inRulesAccount);
            report.Submissions(submissions);
            inRulesAccount += submissions.Count - submissions.Failures.Count;
        }

        if (drafts.LagSample.Count > 0)
        {
            report.Progress($"inbox lag over {drafts.LagSample.Count} clicks, one at a time");
            report.InboxLag(await new InboxLagProbe(world).MeasureAsync(drafts.LagSample));
        }
        report.Memory(PeakMemory.ThisProcessMiB(), PeakMemory.ProcessMiB(world.Azurite.ProcessId));
    }
}
