using Microsoft.Extensions.Options;

namespace PostApprovalBot.Slack.Tests.Support;

internal static class SlackTestOptions
{
    public static IOptions<SlackOptions> With(string signingSecret = "test-secret", Uri? apiBaseUrl = null, Action<SlackOptions>? configure = null)
    {
        var options = new SlackOptions
        {
            SigningSecret = signingSecret,
            BotToken = "xoxb-test-token",
            ApiBaseUrl = apiBaseUrl ?? new Uri("https://slack.com/api/"),
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        };
        configure?.Invoke(options);
        return Options.Create(options);
    }
}
