namespace PostApprovalBot.Slack.Channel.Commands;

/// <summary>
/// Where a text command came from: a slash command brings a trigger id (modals open at once) and is typed
/// after "/post "; a DM or a mention has neither, but its Events API delivery has an event id that Slack's retries
/// repeat, which makes <see cref="RequestKey"/>: a retried "submit …" gets the draft its first delivery stored.
/// Slack does not retry a slash command, so it has no key.
/// </summary>
public sealed record SlackCommandSource(string? TriggerId, string HelpPrefix, string? RequestKey = null)
{
    public const string SlashCommandPrefix = "/post ";

    public static SlackCommandSource SlashCommand(string triggerId) => new(triggerId, SlashCommandPrefix);

    public static SlackCommandSource Event(string eventId) => new(null, "", "slack-event:" + eventId);
}
