using System.Net;
using Microsoft.Extensions.Hosting;
using PostApprovalBot.Teams.Activities;

namespace PostApprovalBot.Teams.Authentication;

/// <summary>
/// When an activity may be processed without a token (local tools such as the Agents Playground send none):
/// only in Development, only with no AppId configured, only from a loopback caller, and only with a loopback serviceUrl,
/// so that the bot could never be talked into replying to a remote connector without credentials.
/// </summary>
public sealed class EmulatorModePolicy(bool isDevelopment, string? appId)
{
    public static EmulatorModePolicy For(IHostEnvironment environment, TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(options);
        return new EmulatorModePolicy(environment.IsDevelopment(), options.AppId);
    }

    /// <summary>True when emulator mode can apply at all; the host should log a startup warning then.</summary>
    public bool IsEnabled { get; } = isDevelopment && string.IsNullOrWhiteSpace(appId);

    public bool AllowsUnauthenticated(IPAddress? remoteAddress, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return IsEnabled && IsLoopback(remoteAddress) && IsLoopbackUrl(activity.ServiceUrl);
    }

    private static bool IsLoopback(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        return IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
    }

    private static bool IsLoopbackUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Length == 0 && uri.IsLoopback;
}
