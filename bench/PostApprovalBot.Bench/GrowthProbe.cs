using System.Diagnostics;
using Azure.Data.Tables;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Bench;

/// <summary>
/// Cost that must not follow the history: one account under frequency rules, filled to each size with drafts in
/// review (copies of a real one), and at each size table requests and latency of (a) a review-clock pass
/// (<see cref="ReviewClock.RunOnceAsync"/> from the host's services, nothing due) and (b) a Teams submission to the
/// account, answer path only, and (c) the web view's queue page (/web/drafts) of the first-stage approver, whose waiting
/// list holds every copy. The host's own clock is set to a day, so only the measured passes run.
/// </summary>
public sealed class GrowthProbe
{
    public const string ClockPass = "ReviewClock.RunOnceAsync";
    public const string Submission = "/api/messages " + SubmissionBurst.Step;
    public const string WebQueue = "/web/drafts";
    private const int PageViews = 5;
    // Few: with 10,000 drafts each call may read hundreds of them on Azurite (seconds each).
    private const int Passes = 3;
    private const int Submissions = 10;

    public async Task<IReadOnlyList<GrowthResult>> MeasureAsync(IReadOnlyList<int> sizes, Action<string> progress, Action<GrowthResult> measured)
    {
        await using var world = await BenchWorld.StartAsync(new BenchCompany(withRulesAccount: true), new Dictionary<string, string?>
        {
            ["Workflow:ClockInterval"] = "1.00:00:00",
            // Azurite slows down as its tables grow; a user-facing call may then take longer than production's 10 s.
            ["Storage:Timeout"] = "00:01:00",
        });
        var service = world.Host.Services.GetRequiredService<DraftService>();
        var colleague = world.Company.Spokespersons[0];
        // The account's history: the copies share the template's publication time, two months out, so they stand for posts
        // spread over time, outside the eight days either side of a new post that the frequency rules look at (which hold
        // what the posting policy allows, a handful). Copies at one single moment would instead be 10,000 posts on one day.
        var template = await service.SubmitAsync(Person.FromEmail(colleague.Email, colleague.Name), BenchCompany.RulesAccountId,
            new DraftContent("Contoso careers: meet our new graduates at the open house in Lyon on Friday.", [], null,
                new ScheduledTime(DateTimeOffset.UtcNow.AddDays(60), "UTC")), default);
        if (!template.Succeeded) throw new InvalidOperationException(template.Refusal!.Message);
        await world.Counter.QuietAsync(); // the template's notifications and any index written after its answer
        var filler = new FillerDrafts(new TableServiceClient(world.Azurite.ConnectionString), world.TablePrefix, template.Value.Overview.Draft.Id);
        var inAccount = 1;
        var results = new List<GrowthResult>();
        foreach (var size in sizes.Order())
        {
            var filling = Stopwatch.StartNew();
            progress($"filling the account to {size} drafts in review");
            await filler.WriteAsync(size - inAccount, progress);
            inAccount = Math.Max(size, inAccount);
            var filled = filling.Elapsed;
            await world.Counter.QuietAsync();
            var clock = await ClockPassesAsync(world);
            var submissions = await SubmissionsAsync(world, inAccount);
            var queue = await QueuePagesAsync(world);
            results.Add(new GrowthResult(inAccount, filled, filler.CopyShape, clock, submissions, queue));
            inAccount += Submissions;
            measured(results[^1]);
        }
        return results;
    }

    private static async Task<GrowthCost> ClockPassesAsync(BenchWorld world)
    {
        var clock = world.Host.Services.GetRequiredService<ReviewClock>();
        await clock.RunOnceAsync(default); // warm-up: JIT and connections
        await world.Counter.QuietAsync();
        world.Counter.Reset();
        var latencies = new LatencyRecorder();
        for (var i = 0; i < Passes; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using (TableRequestCounter.Open(ClockPass)) await clock.RunOnceAsync(default);
            latencies.Add(ClockPass, started);
        }
        return GrowthCost.Of(world.Counter.Snapshot(), ClockPass, Passes, latencies.Summaries()[ClockPass]);
    }

    private static async Task<GrowthCost> SubmissionsAsync(BenchWorld world, int inAccount)
    {
        var people = world.Company.Spokespersons.Where(p => p.InTeams).ToList();
        await world.Counter.QuietAsync();
        world.Counter.Reset();
        var latencies = new LatencyRecorder();
        for (var i = 0; i < Submissions; i++)
        {
            StepHeaderHandler.Name(SubmissionBurst.Step);
            var started = Stopwatch.GetTimestamp();
            var failure = await TeamsDraftForm.SubmitAsync(world, people[i % people.Count].Teams!, BenchCompany.RulesAccountId, $"Growth probe {inAccount}/{i}: Contoso careers open house on Friday.");
            latencies.Add(Submission, started);
            if (failure is not null) throw new InvalidOperationException($"A growth-probe submission failed: {failure}");
        }
        return GrowthCost.Of(world.Counter.Snapshot(), Submission, Submissions, latencies.Summaries()[Submission]);
    }

    // The first-stage approver opens "Waiting for me" in the web view: a page of 25 of the account's thousands of drafts.
    private static async Task<GrowthCost> QueuePagesAsync(BenchWorld world)
    {
        using var browser = await world.Web.OpenAsync(world.Http.BaseAddress!, world.Company.Groups[0][0]);
        using (var warm = await browser.GetAsync(WebQueue)) warm.EnsureSuccessStatusCode();
        await world.Counter.QuietAsync();
        world.Counter.Reset();
        var latencies = new LatencyRecorder();
        for (var i = 0; i < PageViews; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var page = await browser.GetAsync(WebQueue);
            page.EnsureSuccessStatusCode();
            latencies.Add(WebQueue, started);
        }
        return GrowthCost.Of(world.Counter.Snapshot(), WebQueue, PageViews, latencies.Summaries()[WebQueue]);
    }
}

/// <summary>Table requests per call (all of them, by table and operation) and latency, for one cause.</summary>
public sealed record GrowthCost(double Requests, IReadOnlyDictionary<string, double> ByTable, LatencySummary Latency)
{
    public static GrowthCost Of(IReadOnlyDictionary<(string Cause, string Table, string Operation), long> counts, string cause, int calls, LatencySummary latency)
    {
        var mine = counts.Where(c => c.Key.Cause == cause).ToList();
        return new GrowthCost((double)mine.Sum(c => c.Value) / calls,
            mine.GroupBy(c => $"{c.Key.Table} {c.Key.Operation}").ToDictionary(g => g.Key, g => (double)g.Sum(c => c.Value) / calls), latency);
    }
}

/// <summary>One size: drafts in the account (all in review) when measured, how long filling took, and the three costs.</summary>
public sealed record GrowthResult(int DraftsInAccount, TimeSpan FillTime, string CopyShape, GrowthCost ClockPass, GrowthCost Submission, GrowthCost WebQueue);
