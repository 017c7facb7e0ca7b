namespace PostApprovalBot.Teams;

/// <summary>
/// Settings bound from the <c>Teams</c> configuration section.
/// A class rather than a record so that the generated ToString can never print <see cref="AppPassword"/>.
/// </summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";
    public const string BotFrameworkOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string MicrosoftEntraAuthorityHost = "https://login.microsoftonline.com";

    /// <summary>The Microsoft App Id of the bot: the audience of inbound tokens and the client id of outbound ones. Empty = emulator mode (Development only).</summary>
    public string AppId { get; set; } = "";

    /// <summary>The client secret of the app registration. A secret: keep it in Key Vault or user secrets.</summary>
    public string AppPassword { get; set; } = "";

    /// <summary>Our Entra tenant for a single-tenant bot; empty for a multi-tenant one.</summary>
    public string TenantId { get; set; } = "";

    public string OpenIdMetadataUrl { get; set; } = BotFrameworkOpenIdMetadataUrl;

    /// <summary>
    /// Hosts that may receive our connector token. Defaults are the Teams connector hosts of the public cloud, GCC, GCC High and DoD;
    /// configured entries are added to them (configuration binding appends to arrays).
    /// </summary>
    public string[] AllowedServiceUrlHosts { get; set; } =
    [
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
    ];

    public string AuthorityHost { get; set; } = MicrosoftEntraAuthorityHost;

    /// <summary>Microsoft Graph, for installing the app for approvers who never opened it; tests point it at a loopback stand-in.</summary>
    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>
    /// Install the app through Graph for approvers the bot has never met. Null (the default) means on when Graph can be used:
    /// <see cref="AppId"/>, <see cref="AppPassword"/> and <see cref="TenantId"/> are set.
    /// </summary>
    public bool? ProactiveInstall { get; set; }

    /// <summary>The app's id in the tenant's app catalog; empty: looked up once by the manifest id (<see cref="ManifestId"/>).</summary>
    public string CatalogAppId { get; set; } = "";

    /// <summary>The Teams manifest's <c>id</c>; empty means <see cref="AppId"/>, which scripts/package-teams-app.sh writes there.</summary>
    public string ManifestId { get; set; } = "";

    /// <summary>The Bot Connector that serves the 1:1 chats of people reached through Graph (they have sent no activity with one yet).</summary>
    public string ProactiveServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";

    /// <summary>Whether proactive installation is on: asked for (or left to the default) and Graph usable.</summary>
    public bool ProactiveInstallEnabled =>
        ProactiveInstall != false && !string.IsNullOrWhiteSpace(AppId) && !string.IsNullOrEmpty(AppPassword) && !string.IsNullOrWhiteSpace(TenantId);

    /// <summary>The MSAL tenant segment: our tenant for a single-tenant bot, <c>botframework.com</c> otherwise.</summary>
    public string TokenTenant => string.IsNullOrWhiteSpace(TenantId) ? "botframework.com" : TenantId.Trim();

    public override string ToString() =>
        $"TeamsOptions {{ AppId = {AppId}, TenantId = {TenantId}, AppPassword = {(AppPassword.Length > 0 ? "(set)" : "(empty)")} }}";
}
