using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PostApprovalBot.Teams.Channel;

/// <summary>
/// Says at startup how the Teams channel runs. Emulator mode (activities without tokens) is only possible in Development,
/// from loopback callers with a loopback serviceUrl, so on a developer machine it is the expected state and said as
/// information, in words that cannot be missed; a channel that is off is a warning.
/// </summary>
internal sealed class TeamsChannelStartupReport(TeamsChannelStatus status, IOptions<TeamsOptions> options, ILogger<TeamsChannelStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        switch (status.Mode)
        {
            case TeamsChannelMode.Emulator:
                logger.LogInformation(
                    "Teams emulator mode: /api/messages accepts activities WITHOUT a token, from loopback callers with a loopback serviceUrl only "
                    + "(Development, Teams:AppId empty). Set Teams:AppId and Teams:AppPassword anywhere but a developer machine.");
                if (!options.Value.AllowedServiceUrlHosts.Any(h => h is "localhost" or "127.0.0.1"))
                {
                    logger.LogWarning("Teams:AllowedServiceUrlHosts has neither localhost nor 127.0.0.1: replies to a local Agents Playground will be refused.");
                }

                break;
            case TeamsChannelMode.Off:
                logger.LogWarning("{Message}", TeamsChannelStatus.OffMessage);
                break;
            default:
                logger.LogInformation("Teams channel on for app {AppId} ({Tenancy}).", options.Value.AppId,
                    string.IsNullOrWhiteSpace(options.Value.TenantId) ? "multi-tenant" : "tenant " + options.Value.TenantId);
                break;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
