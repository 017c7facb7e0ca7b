using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Chat;

/// <summary>
/// How to reach one person in one chat: their id there and an address only that channel understands
/// (a Teams conversation reference, a Slack DM channel), so the bot can message them first.
/// </summary>
public sealed record ChatContact(ChatChannel Channel, Person Person, string ChannelUserId, string? Address);
