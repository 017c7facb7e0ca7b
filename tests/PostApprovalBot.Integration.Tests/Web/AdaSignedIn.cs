namespace PostApprovalBot.Integration.Tests.Web;

/// <summary>A test class whose tests act as Ada Admin (the demo company's bootstrap admin) in the web view, signed in once per test.</summary>
public abstract class AdaSignedIn(AzuriteFixture azurite) : IAsyncLifetime
{
    protected const string Ada = "ada.admin@contoso.com";

    protected WebViewHost host = null!;
    protected HttpClient ada = null!;

    public async Task InitializeAsync()
    {
        host = await WebViewHost.StartAsync(azurite);
        ada = await host.SignedInAsync(Ada);
    }

    public async Task DisposeAsync()
    {
        ada.Dispose();
        await host.DisposeAsync();
    }
}
