namespace PostApprovalBot.Teams.Connector;

/// <summary>
/// No token at all: used only in emulator mode (Development, no AppId), where replies go to a local stand-in connector
/// such as the Agents Playground that expects none. An empty token makes the client send no Authorization header.
/// </summary>
internal sealed class EmulatorTokenSource : IConnectorTokenSource
{
    public Task<string> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult("");
}
