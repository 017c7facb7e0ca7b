using System.Diagnostics;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Host.Storage;
using PostApprovalBot.Integration.Tests.Infrastructure;
using PostApprovalBot.Storage;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Bench;

/// <summary>
/// "My drafts" and "waiting for me" for one person with 20 drafts each, first with 1,000 drafts in storage, then with
/// more (100,000 by default): latency and table requests per call. The storage stack is the host's own
/// (<c>AddApprovalStorage</c>), on an Azurite of its own.
/// </summary>
public sealed class ScaleProbe
{
    private const int Mine = 20;
    private const int Repetitions = 30;

    public async Task<IReadOnlyList<ScaleResult>> MeasureAsync(IReadOnlyList<int> sizes, Action<ScaleResult> measured)
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var prefix = "scale" + Guid.NewGuid().ToString("N")[..8];
        var counter = new TableRequestCounter(prefix);
        await using var services = Storage(azurite.ConnectionString, prefix, counter);
        var storage = services.GetRequiredService<TableStorage>();
        await storage.EnsureTablesAsync(default);
        var company = await ScaleCompany.SeedAsync(services);
        var drafts = services.GetRequiredService<DraftService>();
        for (var i = 0; i < Mine; i++)
        {
            var result = await drafts.SubmitAsync(ScaleCompany.Speaker, ScaleCompany.MeasuredAccount, DraftContent.TextOnly($"Measured post {i}."), default);
            if (!result.Succeeded) throw new InvalidOperationException(result.Refusal!.Message);
        }
        var filler = new FillerDrafts(new TableServiceClient(azurite.ConnectionString), prefix, await company.TemplateDraftAsync(drafts));
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
        return new ListCost(latencies.Summaries()[name], (double)counter.Snapshot().Values.Sum() / Repetitions);
    }

    private static ServiceProvider Storage(string connectionString, string prefix, TableRequestCounter counter)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:TablePrefix"] = prefix,
            // Azurite slows down as its in-memory tables grow; a filling batch may take longer than a user-facing call.
            ["Storage:Timeout"] = "00:01:00",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IDraftEventSink, NoNotifications>()
            .AddApprovalStorage(configuration);
        services.PostConfigure<StorageOptions>(o => o.PipelinePolicies.Add(counter));
        return services.BuildServiceProvider();
    }

    /// <summary>Nobody is told anything while storage is filled.</summary>
    private sealed class NoNotifications : IDraftEventSink
    {
        public Task OnCommittedAsync(DraftOutcome outcome, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>What one list cost: latency percentiles and table requests per call.</summary>
public sealed record ListCost(LatencySummary Latency, double Requests);

/// <summary>Both lists measured with this many drafts in storage.</summary>
public sealed record ScaleResult(int DraftsInStorage, TimeSpan SeedTime, ListCost MyDrafts, ListCost WaitingForMe);
