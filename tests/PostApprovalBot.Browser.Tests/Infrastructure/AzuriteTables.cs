using System.Diagnostics;

namespace PostApprovalBot.Browser.Tests.Infrastructure;

/// <summary>Azurite's table service from the pinned npm package, in memory, on a free loopback port.</summary>
public sealed class AzuriteTables : IAsyncDisposable
{
    // The emulator's well-known public development key (not a secret).
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly ChildProcess process;

    private AzuriteTables(ChildProcess process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public static async Task<AzuriteTables> StartAsync(string logFolder)
    {
        var port = LoopbackPorts.Free();
        var info = new ProcessStartInfo(RepositoryRoot.NodeBin("azurite-table"))
        {
            ArgumentList = { "--tableHost", "127.0.0.1", "--tablePort", port.ToString(), "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry" },
            WorkingDirectory = Path.GetTempPath(),
        };
        var process = ChildProcess.Start("Azurite", info, Path.Combine(logFolder, "azurite.log"));
        try
        {
            await process.WaitForLineAsync(l => l.Contains("successfully started", StringComparison.Ordinal), TimeSpan.FromSeconds(60)).ConfigureAwait(false);
            return new AzuriteTables(process, port);
        }
        catch
        {
            await process.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
