namespace PostApprovalBot.Slack.Channel.Commands;

/// <summary>
/// Where a text command came from: a slash command brings a trigger id (modals open at once) and is typed
/// after "/post "; a DM or a mention has neither.
/// </summary>
public sealed record SlackCommandSource(string? TriggerId, string HelpPrefix)
{
    public const string SlashCommandPrefix = "/post ";

    public static SlackCommandSource SlashCommand(string triggerId) => new(triggerId, SlashCommandPrefix);

    public static SlackCommandSource Message { get; } = new(null, "");
}
