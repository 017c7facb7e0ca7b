using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PostApprovalBot.Testing;

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

    public int ProcessId => _process.Id;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    /// <summary>Starts Azurite in memory, or keeping its data in <paramref name="location"/> (so it can be stopped and started again with it).</summary>
    public static async Task<AzuriteServer> StartAsync(int? port = null, string? location = null)
    {
        var chosen = port ?? FreePort();
        var info = new ProcessStartInfo(RepositoryRoot.NodeBin("azurite-table"))
        {
            ArgumentList = { "--tableHost", "127.0.0.1", "--tablePort", chosen.ToString(), "--skipApiVersionCheck", "--disableTelemetry" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (location is null) info.ArgumentList.Add("--inMemoryPersistence");
        else
        {
            info.ArgumentList.Add("--location");
            info.ArgumentList.Add(location);
        }
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

    /// <summary>Stops Azurite the way Ctrl+C does (SIGINT, the signal it closes cleanly on), so a --location store is saved; killed if it lingers.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited) return;
        using (var term = Process.Start("kill", ["-INT", _process.Id.ToString()])) await term.WaitForExitAsync();
        try
        {
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
