using PostApprovalBot.Host.Seed;
using PostApprovalBot.Storage.Configuration;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Host.Storage;

/// <summary>
/// Creates missing tables, lists the grants saved before their scope listing existed (once; see docs/storage.md) and applies
/// the seed. The first try runs before the host listens and before the other background workers start (it is registered
/// first), so a normal start logs no "table does not exist" and the first request finds the tables. Storage may be down
/// when the service starts: after <see cref="FirstTry"/> the service starts anyway (so /readyz can say why) and keeps
/// trying in the background, with a growing pause.
/// </summary>
public sealed class TableBootstrapper(
    TableStorage storage, GrantRepository grants, SeedLoader seed, TimeProvider clock, ILogger<TableBootstrapper> logger) : BackgroundService
{
    public static readonly TimeSpan FirstTry = TimeSpan.FromSeconds(10);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Ready => _ready.Task;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        using var firstTry = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        firstTry.CancelAfter(FirstTry);
        try
        {
            await PrepareAsync(firstTry.Token);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Table storage is not ready at startup ({Reason}); starting anyway and retrying in the background.", Reason(e));
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = TimeSpan.FromSeconds(1);
        while (!Ready.IsCompleted && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PrepareAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Table storage is not ready ({Reason}); retrying in {Pause}.", Reason(e), pause);
                await Task.Delay(pause, stoppingToken);
                pause = TimeSpan.FromSeconds(Math.Min(pause.TotalSeconds * 2, 30));
            }
        }
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await storage.EnsureTablesAsync(cancellationToken);
        if (await grants.FillScopeIndexOnceAsync(clock.GetUtcNow(), cancellationToken) is > 0 and var listed)
            logger.LogInformation("Listed the {Count} stored grant(s) by scope (done once per table).", listed);
        await seed.ApplyAsync(cancellationToken);
        _ready.TrySetResult();
    }

    private static string Reason(Exception e) => e is OperationCanceledException ? $"no answer within {FirstTry.TotalSeconds:0} s" : e.Message.Split('\n')[0];
}
