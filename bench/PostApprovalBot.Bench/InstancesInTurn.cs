namespace PostApprovalBot.Bench;

/// <summary>Sends each request to the next bot instance in turn, as a round-robin load balancer in front of a scaled-out App Service.</summary>
public sealed class InstancesInTurn(IReadOnlyList<Uri> instances) : DelegatingHandler(new SocketsHttpHandler { MaxConnectionsPerServer = 512 })
{
    private int _next = -1;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var instance = instances[(Interlocked.Increment(ref _next) & int.MaxValue) % instances.Count];
        request.RequestUri = new Uri(instance, request.RequestUri!.PathAndQuery);
        return base.SendAsync(request, cancellationToken);
    }
}
