using System.Diagnostics;

namespace PostApprovalBot.Slack.Signing;

/// <summary>The span of a Slack request's signature check (the host exports source <see cref="SourceName"/>); nothing of the body is tagged.</summary>
public static class SignatureTracing
{
    public const string SourceName = "PostApprovalBot.Slack";
    private static readonly ActivitySource Source = new(SourceName);

    public static Activity? Start() => Source.StartActivity("slack.verify_signature");
}
