using System.Text.Json;

namespace PostApprovalBot.Teams.Activities;

/// <summary>The subset of a Bot Framework activity that the bot reads (PROTOCOLS.md §3).</summary>
public sealed record Activity
{
    /// <summary>One of <see cref="ActivityTypes"/>; other values are ignored by the bot.</summary>
    public string Type { get; init; } = "";
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? ReplyToId { get; init; }
    public string? Text { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }

    /// <summary>Action.Submit data on a message, or the invoke payload on an invoke.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>The invoke name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; init; }
    public TeamsChannelData? ChannelData { get; init; }

    /// <summary><c>add</c> or <c>remove</c> on an installationUpdate.</summary>
    public string? Action { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
}
