using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PostApprovalBot.Web.Sessions;

/// <summary>
/// On a developer's own machine (`scripts/run.sh`: Development, no Entra configured) the sign-in page lets anyone on this
/// computer pick whom to be, as the Teams emulator mode does for chat: only in Development, only without an authority, and
/// only for requests from loopback. Never otherwise.
/// </summary>
public sealed class DevelopmentSignIn(IHostEnvironment environment, IOptions<WebViewOptions> options)
{
    public bool IsAllowed(HttpContext http) =>
        environment.IsDevelopment() && !options.Value.Enabled && IsLoopback(http.Connection.RemoteIpAddress);

    private static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
