namespace PostApprovalBot.Bench;

/// <summary>The load benchmark of issue 11 (run it with <c>bash scripts/bench.sh</c>); prints a plain-text report.</summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
        // The in-process host finds its content root through MvcTestingAppManifest.json in the working directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var report = new BenchReport(Console.Out);
        report.Header(options);
        if (options.Load)
        {
            await using var world = await BenchWorld.StartAsync(new BenchCompany());
            report.Load(await new LoadRun(world).RunAsync(options.Drafts, options.Concurrency));
            report.DecisionPath(await new DecisionCostProbe(world).MeasureAsync(options.ProbePosts));
            report.Memory(PeakMemory.ThisProcessMiB(), PeakMemory.ProcessMiB(world.Azurite.ProcessId));
        }
        if (options.Scale)
        {
            report.ScaleHeader();
            report.Scale(await new ScaleProbe().MeasureAsync(options.ScaleSizes, report.ScaleStep));
        }
        return 0;
    }
}
