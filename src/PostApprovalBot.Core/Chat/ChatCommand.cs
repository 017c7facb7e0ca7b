namespace PostApprovalBot.Core.Chat;

/// <summary>
/// What a person typed to the bot, understood the same way in Teams and Slack.
/// <see cref="Argument"/> is the draft id or account id; <see cref="Text"/> the rest (a quick submission's text).
/// </summary>
public sealed record ChatCommand(ChatCommandKind Kind, string? Argument = null, string? Text = null, string? Problem = null)
{
    /// <summary>The commands as people see them in help texts and command menus.</summary>
    public static IReadOnlyList<(string Usage, string Meaning)> Catalogue { get; } =
    [
        ("new", "open the form for a new draft"),
        ("submit <account> <text>", "submit a short draft in one line"),
        ("my drafts", "your drafts and where they stand"),
        ("pending", "drafts waiting for your decision"),
        ("status <draft id>", "where one draft stands"),
        ("withdraw <draft id>", "take back a draft before the final decision"),
        ("revise <draft id>", "change a draft after a request for changes"),
        ("policy <account>", "the account's posting guidance and rules"),
        ("help", "this list"),
        ("admin help", "administration commands (administrators only)"),
    ];
}
