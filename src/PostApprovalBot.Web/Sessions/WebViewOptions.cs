namespace PostApprovalBot.Web.Sessions;

/// <summary>
/// The web view's Entra ID settings. It reuses the bot's app registration: the client id is the bot's app id, the secret its
/// password, and Teams SSO tokens are issued for its Application ID URI. Without an authority nobody can sign in (except the
/// development sign-in on a developer's own machine, see <see cref="DevelopmentSignIn"/>).
/// </summary>
public sealed class WebViewOptions
{
    public const string Section = "WebView";

    /// <summary>e.g. https://login.microsoftonline.com/&lt;tenant-id&gt;/v2.0</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>api://&lt;host&gt;/&lt;client-id&gt;: Teams SSO tokens may name it as their audience instead of the client id.</summary>
    public string? ApplicationIdUri { get; set; }

    /// <summary>Only for tests and local identity servers.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How long a sign-in lasts without activity.</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(8);

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
