namespace PostApprovalBot.Host.Admin;

/// <summary>The admin API's Entra ID settings; without an authority the API answers 503 and accepts nothing.</summary>
public sealed class AdminApiOptions
{
    public const string Section = "AdminApi";
    public const string Scheme = "AdminApi";
    public const string Policy = "PostApprovalBotAdmin";

    /// <summary>e.g. https://login.microsoftonline.com/&lt;tenant&gt;/v2.0</summary>
    public string? Authority { get; set; }

    /// <summary>The API's application id URI or client id, as tokens carry it in aud.</summary>
    public string? Audience { get; set; }

    /// <summary>The app role an administrator's token must carry.</summary>
    public string RequiredRole { get; set; } = "PostApprovalBot.Admin";

    /// <summary>Only for tests and local identity servers.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
