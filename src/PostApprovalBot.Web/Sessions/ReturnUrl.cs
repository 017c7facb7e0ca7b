namespace PostApprovalBot.Web.Sessions;

/// <summary>Where to go after signing in: a page of the web view, never another site (an open redirect).</summary>
public static class ReturnUrl
{
    public const string Home = "/web/drafts";

    public static string Safe(string? url) =>
        url is not null && url.StartsWith("/web", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.Contains('\\', StringComparison.Ordinal) && Uri.IsWellFormedUriString(url, UriKind.Relative)
            ? url
            : Home;
}
