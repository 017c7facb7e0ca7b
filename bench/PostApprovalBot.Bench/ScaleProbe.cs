using System.Diagnostics;
using Azure.Data.Tables;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Bench;

/// <summary>
/// "My drafts" and "waiting for me" for one person with 20 drafts each, at each size of storage (--scale): latency and
/// table requests per call. The host runs in a world of its own (Azurite, stand-ins), so what it writes after a commit
/// (the outbox dispatcher's inbox rows) is there as in production; the measured people have no chat, so nobody is told.
/// </summary>
public sealed class ScaleProbe
{
    private const int Mine = 20;
    private const int Repetitions = 30;

    public async Task<IReadOnlyList<ScaleResult>> MeasureAsync(IReadOnlyList<int> sizes, Action<ScaleResult> measured)
    {
        // The real host, so whatever it does after a commit (inbox rows written by the outbox dispatcher) happens here too.
        await using var world = await BenchWorld.StartAsync(new BenchCompany(), new Dictionary<string, string?>
        {
            ["Workflow:ClockInterval"] = "1.00:00:00",
            // Azurite slows down as its in-memory tables grow; a filling batch may take longer than a user-facing call.
            ["Storage:Timeout"] = "00:01:00",
        });
        var services = world.Host.Services;
        var counter = world.Counter;
        var company = await ScaleCompany.SeedAsync(services);
        var drafts = services.GetRequiredService<DraftService>();
        for (var i = 0; i < Mine; i++)
        {
            var result = await drafts.SubmitAsync(ScaleCompany.Speaker, ScaleCompany.MeasuredAccount, DraftContent.TextOnly($"Measured post {i}."), default);
            if (!result.Succeeded) throw new InvalidOperationException(result.Refusal!.Message);
        }
        var template = await company.TemplateDraftAsync(drafts);
        await counter.QuietAsync(); // the dispatcher's index rows for the measured drafts and the template
        var filler = new FillerDrafts(new TableServiceClient(world.Azurite.ConnectionString), world.TablePrefix, template);
        var results = new List<ScaleResult>();
        var inStorage = Mine + 1;
        foreach (var size in sizes.Order())
        {
            var seeding = Stopwatch.StartNew();
            await filler.WriteAsync(size - inStorage, step => Console.Error.WriteLine("  … " + step));
            inStorage = Math.Max(size, inStorage);
            var seeded = seeding.Elapsed;
            var mine = await MeasureAsync(counter, "my drafts", () => drafts.MyDraftsAsync(ScaleCompany.Speaker, Mine, default));
            var waiting = await MeasureAsync(counter, "waiting for me", () => drafts.WaitingForAsync(ScaleCompany.Approver, Mine, default));
            results.Add(new ScaleResult(inStorage, seeded, mine, waiting));
            measured(results[^1]);
        }
        return results;
    }

    private static async Task<ListCost> MeasureAsync(TableRequestCounter counter, string name, Func<Task<IReadOnlyList<DraftOverview>>> list)
    {
        for (var i = 0; i < 5; i++) await list(); // warm the connection pool and the JIT
        counter.Reset();
        var latencies = new LatencyRecorder();
        for (var i = 0; i < Repetitions; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using (TableRequestCounter.Open(name))
            {
                var found = await list();
                if (found.Count != Mine) throw new InvalidOperationException($"'{name}' found {found.Count} drafts, not {Mine}.");
            }
            latencies.Add(name, started);
        }
        // Only the list's own requests: the host's background work may run meanwhile.
        return new ListCost(latencies.Summaries()[name], (double)counter.Snapshot().Where(c => c.Key.Cause == name).Sum(c => c.Value) / Repetitions);
    }
}

/// <summary>What one list cost: latency percentiles and table requests per call.</summary>
public sealed record ListCost(LatencySummary Latency, double Requests);

/// <summary>Both lists measured with this many drafts in storage.</summary>
public sealed record ScaleResult(int DraftsInStorage, TimeSpan SeedTime, ListCost MyDrafts, ListCost WaitingForMe);
