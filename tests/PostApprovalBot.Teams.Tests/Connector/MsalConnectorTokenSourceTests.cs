using Microsoft.Extensions.Options;
using PostApprovalBot.Teams.Connector;

namespace PostApprovalBot.Teams.Tests.Connector;

[Trait("Category", "Security")]
public sealed class MsalConnectorTokenSourceTests : IAsyncLifetime
{
    private EntraStandIn entra = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        entra = await EntraStandIn.StartAsync();
        http = entra.CreateTrustingClient();
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await entra.DisposeAsync();
    }

    [Fact]
    public async Task Multi_tenant_bot_asks_the_botframework_tenant_with_client_credentials()
    {
        var token = await TokenSource(tenantId: "").GetTokenAsync(CancellationToken.None);

        var (path, form) = Assert.Single(entra.Requests);
        Assert.Equal("app-token-1", token);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", path);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(ChannelToken.AppId, form["client_id"]);
        Assert.Equal("app-secret", form["client_secret"]);
        Assert.Equal(MsalConnectorTokenSource.Scope, form["scope"]);
    }

    [Fact]
    public async Task Single_tenant_bot_asks_its_own_tenant()
    {
        await TokenSource(tenantId: "9a8b7c6d-tenant").GetTokenAsync(CancellationToken.None);

        Assert.Equal("/9a8b7c6d-tenant/oauth2/v2.0/token", Assert.Single(entra.Requests).Path);
    }

    [Fact]
    public async Task Token_is_cached_between_calls()
    {
        var source = TokenSource(tenantId: "");

        var first = await source.GetTokenAsync(CancellationToken.None);
        var second = await source.GetTokenAsync(CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(entra.Requests);
    }

    [Fact]
    public async Task Refused_client_secret_fails_typed_and_not_retryable()
    {
        entra.RefuseClient = true;

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => TokenSource(tenantId: "").GetTokenAsync(CancellationToken.None));

        Assert.Equal((ConnectorFailure.TokenUnavailable, false), (failure.Failure, failure.IsRetryable));
        Assert.Contains("invalid_client", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_credentials_are_a_configuration_error()
    {
        Assert.Throws<ArgumentException>(() => new MsalConnectorTokenSource(Options.Create(new TeamsOptions { AppId = ChannelToken.AppId })));
    }

    private MsalConnectorTokenSource TokenSource(string tenantId) => new(
        Options.Create(new TeamsOptions
        {
            AppId = ChannelToken.AppId,
            AppPassword = "app-secret",
            TenantId = tenantId,
            AuthorityHost = entra.BaseUri.ToString().TrimEnd('/'),
        }),
        http);
}
