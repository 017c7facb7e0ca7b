namespace PostApprovalBot.Bench;

/// <summary>Names the benchmark step on each request (<see cref="RequestScopes.StepHeader"/>), so table requests are counted per step.</summary>
public sealed class StepHeaderHandler : DelegatingHandler
{
    private static readonly AsyncLocal<string?> Current = new();

    /// <summary>The step of the requests this async flow sends from now on.</summary>
    public static void Name(string step) => Current.Value = step;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Current.Value is { } step) request.Headers.TryAddWithoutValidation(RequestScopes.StepHeader, step);
        return base.SendAsync(request, cancellationToken);
    }
}
