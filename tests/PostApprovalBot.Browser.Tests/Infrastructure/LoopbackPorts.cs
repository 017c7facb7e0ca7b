using System.Net;
using System.Net.Sockets;

namespace PostApprovalBot.Browser.Tests.Infrastructure;

/// <summary>Free TCP ports on 127.0.0.1, found by binding port 0.</summary>
public static class LoopbackPorts
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
