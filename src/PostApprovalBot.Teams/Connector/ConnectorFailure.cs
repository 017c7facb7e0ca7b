namespace PostApprovalBot.Teams.Connector;

/// <summary>Why a Bot Connector call failed.</summary>
public enum ConnectorFailure
{
    /// <summary>The serviceUrl's host is not trusted; nothing was sent and no token was requested.</summary>
    UntrustedServiceUrl,

    /// <summary>The app token could not be obtained.</summary>
    TokenUnavailable,

    /// <summary>429 after all retries, or a Retry-After longer than we are willing to wait.</summary>
    Throttled,

    /// <summary>5xx after all retries.</summary>
    ServerError,

    /// <summary>A 4xx other than 429 (e.g. the bot was removed from the conversation): retrying will not help.</summary>
    Rejected,

    Timeout,

    Network,

    /// <summary>The connector answered 2xx with a body we could not read.</summary>
    InvalidResponse,
}
