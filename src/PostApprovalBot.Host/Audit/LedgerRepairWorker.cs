using Microsoft.Extensions.Options;
using PostApprovalBot.Host.Storage;
using PostApprovalBot.Storage.Audit;

namespace PostApprovalBot.Host.Audit;

/// <summary>Runs the ledger repair pass now and then. Every instance may run it: recording is idempotent.</summary>
public sealed class LedgerRepairWorker(
    LedgerRepair repair, TableBootstrapper tables, IOptions<AuditOptions> options, TimeProvider clock, ILogger<LedgerRepairWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        await tables.Ready.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(settings.RepairInterval, clock, stoppingToken);
                var added = await repair.RunAsync(settings.RepairGrace, stoppingToken);
                if (added > 0) logger.LogWarning("Ledger repair recorded {Count} audit events that a crash or an outage had kept out of the daily ledger.", added);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Storage may be down (the health check reports it); try again next round.
                logger.LogWarning("Ledger repair failed ({Reason}); retrying in {Interval}.", e.Message.Split('\n')[0], settings.RepairInterval);
            }
        }
    }
}
