namespace PostApprovalBot.Teams.Authentication;

/// <summary>An outage, not a verdict: the Bot Framework signing keys could not be fetched and none are cached. Answer 503.</summary>
public sealed class SigningKeysUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
