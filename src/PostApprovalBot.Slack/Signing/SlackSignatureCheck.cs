namespace PostApprovalBot.Slack.Signing;

/// <summary>The outcome of checking one request's Slack signature.</summary>
public sealed record SlackSignatureCheck(SlackSignatureFailure Failure, string Message)
{
    public bool IsValid => Failure == SlackSignatureFailure.None;

    public static SlackSignatureCheck Valid { get; } = new(SlackSignatureFailure.None, "Signature verified.");

    public static SlackSignatureCheck Refused(SlackSignatureFailure failure, string message) => new(failure, message);
}
