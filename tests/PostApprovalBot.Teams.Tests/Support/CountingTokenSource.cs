using PostApprovalBot.Teams.Connector;

namespace PostApprovalBot.Teams.Tests.Support;

/// <summary>A token source that hands out a fixed token and counts how often it was asked.</summary>
internal sealed class CountingTokenSource(string token = "connector-token-xyz") : IConnectorTokenSource
{
    private int requests;

    public string Token => token;

    public int Requests => Volatile.Read(ref requests);

    public Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref requests);
        return Task.FromResult(token);
    }
}
