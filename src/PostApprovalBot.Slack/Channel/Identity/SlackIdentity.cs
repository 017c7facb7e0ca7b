using System.Diagnostics.CodeAnalysis;
using PostApprovalBot.Core.Chat;

namespace PostApprovalBot.Slack.Channel.Identity;

/// <summary>Who sent a signed Slack request: the person behind the Slack user id, or why we cannot tell.</summary>
public sealed record SlackIdentity(ChatContact? Contact, string? Problem)
{
    [MemberNotNullWhen(true, nameof(Contact))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsKnown => Contact is not null;

    public static SlackIdentity Known(ChatContact contact) => new(contact, null);

    public static SlackIdentity Unknown(string problem) => new(null, problem);
}
