using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace PostApprovalBot.Slack.Inbound.Events;

/// <summary>
/// Marks a redelivery: Slack retries an event up to 3 times when the first answer was late or not 2xx.
/// A retry still needs de-duplication by event id; the marker is for logs and metrics.
/// </summary>
public sealed record SlackEventRetry(int RetryNumber, string Reason)
{
    public const string RetryNumberHeader = "X-Slack-Retry-Num";
    public const string RetryReasonHeader = "X-Slack-Retry-Reason";

    /// <summary>Returns null for a first delivery (no or unreadable retry number).</summary>
    public static SlackEventRetry? FromHeaders(IHeaderDictionary headers)
    {
        var number = headers[RetryNumberHeader].ToString();
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var retry) || retry < 1)
        {
            return null;
        }
        var reason = headers[RetryReasonHeader].ToString();
        return new SlackEventRetry(retry, reason.Length == 0 ? "unknown" : reason);
    }
}
