namespace PostApprovalBot.Web.Sessions;

/// <summary>The web view's authentication schemes and policy, named apart from the admin API's bearer scheme.</summary>
public static class WebViewSchemes
{
    /// <summary>The signed-in session: a cookie, whichever way the person signed in.</summary>
    public const string Session = "WebView.Session";

    /// <summary>Browser sign-in: OpenID Connect with Entra ID.</summary>
    public const string Entra = "WebView.Entra";

    /// <summary>The Teams tab: a Teams SSO token, exchanged once for a session.</summary>
    public const string TeamsSso = "WebView.TeamsSso";

    public const string Policy = "WebView";

    /// <summary>The scope Teams asks Entra for when the tab calls getAuthToken (exposed by the app registration).</summary>
    public const string TeamsSsoScope = "access_as_user";
}
