namespace PostApprovalBot.Testing;

/// <summary>
/// One Azurite for the whole test run; each test class takes its own table prefix. A test project shares it through a
/// collection definition of its own (xunit looks for those only in the test assembly).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? _server;

    public AzuriteServer Server => _server ?? throw new InvalidOperationException("Azurite is not started.");

    public string ConnectionString => Server.ConnectionString;

    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..10];

    public async Task InitializeAsync() => _server = await AzuriteServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
