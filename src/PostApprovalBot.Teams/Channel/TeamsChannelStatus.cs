using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PostApprovalBot.Teams.Channel;

/// <summary>The <see cref="TeamsChannelMode"/> of this process, decided once from the environment and the Teams settings.</summary>
public sealed class TeamsChannelStatus(IHostEnvironment environment, IOptions<TeamsOptions> options)
{
    public const string OffMessage =
        "The Teams channel is off: set Teams:AppId and Teams:AppPassword (see src/PostApprovalBot.Teams/README.md), or run in Development for emulator mode.";

    public TeamsChannelMode Mode { get; } = Decide(environment.IsDevelopment(), options.Value);

    public static TeamsChannelMode Decide(bool isDevelopment, TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.AppId))
        {
            return TeamsChannelMode.Connected;
        }

        if (isDevelopment)
        {
            return TeamsChannelMode.Emulator;
        }

        // Some Teams settings but no app id is a half-done configuration: it counts as on, and validation names the missing setting.
        return IsRequested(options) ? TeamsChannelMode.Connected : TeamsChannelMode.Off;
    }

    /// <summary>The mode while services are registered, before the host (and its IHostEnvironment) exists.</summary>
    internal static TeamsChannelMode DecideAtRegistration(IConfiguration configuration)
    {
        var environment = configuration[HostDefaults.EnvironmentKey]
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environments.Production;
        var options = configuration.GetSection(TeamsOptions.SectionName).Get<TeamsOptions>() ?? new TeamsOptions();
        return Decide(string.Equals(environment, Environments.Development, StringComparison.OrdinalIgnoreCase), options);
    }

    internal static bool IsRequested(TeamsOptions options) =>
        !string.IsNullOrWhiteSpace(options.AppId) || !string.IsNullOrEmpty(options.AppPassword) || !string.IsNullOrWhiteSpace(options.TenantId);
}
