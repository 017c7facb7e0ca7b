namespace PostApprovalBot.Bench;

/// <summary>The load and burst benchmark of issues 11 and 15 (run it with <c>bash scripts/bench.sh</c>); prints a plain-text report.</summary>
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
        if (options.Help)
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }
        // The in-process host finds its content root through MvcTestingAppManifest.json in the working directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var report = new BenchReport(Console.Out);
        var burst = new BurstReport(Console.Out);
        report.Header(options);
        if (options.Load)
        {
            await using var world = await BenchWorld.StartAsync(new BenchCompany());
            report.Load(await new LoadRun(world).RunAsync(options.Drafts, options.Concurrency));
            report.DecisionPath(await new DecisionCostProbe(world).MeasureAsync(options.ProbePosts));
            report.Memory(PeakMemory.ThisProcessMiB(), PeakMemory.ProcessMiB(world.Azurite.ProcessId));
        }
        if (options.Burst) await new BurstSuite(options, burst).RunAsync();
        if (options.Lists)
        {
            report.ScaleHeader();
            report.Scale(await new ScaleProbe().MeasureAsync(options.ScaleSizes, report.ScaleStep));
        }
        if (options.Growth)
        {
            burst.GrowthHeader(options.ScaleSizes);
            burst.Growth(await new GrowthProbe().MeasureAsync(options.ScaleSizes, burst.Progress, burst.GrowthStep));
        }
        burst.Summary();
        return 0;
    }
}
