namespace PostApprovalBot.Slack;

/// <summary>Slack settings, bound from the configuration section <c>Slack</c>.</summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>Secret from the Slack app's "Basic Information" page; keys the request signatures.</summary>
    public string SigningSecret { get; set; } = "";

    /// <summary>The bot user OAuth token (<c>xoxb-…</c>) sent as a Bearer token to the Web API.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>Web API base address; tests point it at a loopback stand-in.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Bound on one Web API attempt, so a hung connection cannot hold a worker.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after the first attempt for 429, 5xx and network failures.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff after a 5xx or network failure; doubles each retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest Retry-After we honour; a longer one fails the call instead of parking a worker.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);
}
