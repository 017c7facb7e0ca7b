using System.Diagnostics;

namespace PostApprovalBot.Teams.Authentication;

/// <summary>The span of an inbound activity's authentication (the host exports source <see cref="SourceName"/>); no token or identity is tagged.</summary>
public static class AuthenticationTracing
{
    public const string SourceName = "PostApprovalBot.Teams";
    private static readonly ActivitySource Source = new(SourceName);

    public static Activity? Start() => Source.StartActivity("teams.authenticate");
}
