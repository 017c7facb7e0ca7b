using System.Diagnostics.CodeAnalysis;
using PostApprovalBot.Slack.Inbound.Interactions;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Views.Approval;

/// <summary>
/// A click on Approve, Reject or Request changes. <see cref="ClickerUserId"/> comes from the signed payload;
/// <see cref="Message"/> is the approval message to update (null when clicked outside a message, e.g. the Home tab).
/// </summary>
public sealed record ApprovalClick(
    ApprovalVerdict Verdict,
    ApprovalButtonValue Target,
    string ClickerUserId,
    string? TriggerId,
    SlackMessageRef? Message)
{
    /// <summary>Reads the first action of a block_actions payload; false when it is not one of our approval buttons.</summary>
    public static bool TryRead(BlockActionsInteraction interaction, [NotNullWhen(true)] out ApprovalClick? click)
    {
        click = null;
        if (interaction.Actions is not [var action, ..])
        {
            return false;
        }
        if (!ApprovalMessage.TryGetVerdict(action.ActionId, out var verdict) || !ApprovalButtonValue.TryDecode(action.Value, out var target))
        {
            return false;
        }
        var message = interaction is { ChannelId: { } channel, MessageTs: { } ts } ? new SlackMessageRef(channel, ts) : null;
        click = new ApprovalClick(verdict, target, interaction.UserId, interaction.TriggerId, message);
        return true;
    }
}
