using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Core.Tests.Fakes;

public sealed class InMemoryClaims : IOnceOnlyClaims
{
    private readonly HashSet<string> _claimed = [];

    public Task<bool> TryClaimAsync(string scope, string key, CancellationToken cancellationToken) =>
        Task.FromResult(_claimed.Add(scope + "/" + key));

    public Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken)
    {
        _claimed.Remove(scope + "/" + key);
        return Task.CompletedTask;
    }
}
