using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PostApprovalBot.Integration.Tests.Infrastructure;

/// <summary>
/// A real Azurite table service on a free loopback port, started from the project's pinned npm
/// package and killed when the tests are done. Storage is never faked in these tests.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Process _process;

    private AzuriteServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public static async Task<AzuriteServer> StartAsync(int? port = null)
    {
        var chosen = port ?? FreePort();
        var info = new ProcessStartInfo(RepositoryRoot.NodeBin("azurite-table"))
        {
            ArgumentList = { "--tableHost", "127.0.0.1", "--tablePort", chosen.ToString(), "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("Azurite did not start.");
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => { if (e.Data?.Contains("successfully started", StringComparison.Ordinal) == true) ready.TrySetResult(); };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var finished = await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(120)));
        if (finished != ready.Task)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"Azurite did not report ready on port {chosen} within 120 s.");
        }
        return new AzuriteServer(process, chosen);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
