namespace PostApprovalBot.Slack.Signing;

/// <summary>Why a request's Slack signature was refused.</summary>
public enum SlackSignatureFailure
{
    None,
    SecretNotConfigured,
    MissingTimestamp,
    MissingSignature,
    MalformedTimestamp,
    MalformedSignature,
    StaleTimestamp,
    SignatureMismatch,
}
