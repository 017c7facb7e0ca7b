using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PostApprovalBot.Teams.Authentication;

namespace PostApprovalBot.Teams.Tests.Support;

/// <summary>An authenticator wired to a loopback key server publishing one Teams-endorsed key, with a controllable clock.</summary>
internal sealed class AuthenticatorHarness : IAsyncDisposable
{
    public static readonly IPAddress Remote = IPAddress.Parse("52.112.0.10");
    private readonly HttpClient http = new();

    private AuthenticatorHarness(BotFrameworkKeys keyServer)
    {
        KeyServer = keyServer;
        Authenticator = Create(ChannelToken.AppId);
    }

    public ChannelKey TeamsKey { get; } = new("key-1", "msteams", "webchat");

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public BotFrameworkKeys KeyServer { get; }

    public BotFrameworkAuthenticator Authenticator { get; }

    public static async Task<AuthenticatorHarness> StartAsync()
    {
        var harness = new AuthenticatorHarness(await BotFrameworkKeys.StartAsync());
        harness.KeyServer.Publish(harness.TeamsKey);
        return harness;
    }

    public Task<InboundAuthentication> AuthenticateAsync(string? header) =>
        Authenticator.AuthenticateAsync(header, TestActivities.TeamsMessage(), Remote, CancellationToken.None);

    public Task<InboundAuthentication> AuthenticateSignedBy(ChannelKey key) => AuthenticateAsync("Bearer " + new ChannelToken().SignWith(key));

    public BotFrameworkAuthenticator Create(string appId)
    {
        var options = new TeamsOptions { AppId = appId, OpenIdMetadataUrl = KeyServer.MetadataUrl };
        return new BotFrameworkAuthenticator(http, Options.Create(options), new EmulatorModePolicy(isDevelopment: false, appId), Clock);
    }

    public static void AssertRefused(int status, string reasonFragment, InboundAuthentication outcome)
    {
        var refused = Assert.IsType<InboundAuthentication.Refused>(outcome);
        Assert.Equal(status, refused.StatusCode);
        Assert.Contains(reasonFragment, refused.Reason, StringComparison.OrdinalIgnoreCase);
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await KeyServer.DisposeAsync();
    }
}
