using PostApprovalBot.Host.Seed;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Host.Storage;

/// <summary>
/// Creates missing tables and applies the seed. Storage may be down when the service starts: the
/// service still starts (so /healthz can say why) and keeps trying, with a growing pause.
/// </summary>
public sealed class TableBootstrapper(TableStorage storage, SeedLoader seed, ILogger<TableBootstrapper> logger) : BackgroundService
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Ready => _ready.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await storage.EnsureTablesAsync(stoppingToken);
                await seed.ApplyAsync(stoppingToken);
                _ready.TrySetResult();
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Table storage is not ready ({Reason}); retrying in {Pause}.", e.Message.Split('\n')[0], pause);
                await Task.Delay(pause, stoppingToken);
                pause = TimeSpan.FromSeconds(Math.Min(pause.TotalSeconds * 2, 30));
            }
        }
    }
}
