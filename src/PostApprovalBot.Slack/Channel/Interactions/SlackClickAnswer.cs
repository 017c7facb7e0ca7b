using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Http;

namespace PostApprovalBot.Slack.Channel.Interactions;

/// <summary>
/// What a click is answered with now, and what its clicker is told privately after that answer (null: nothing; the
/// messages the notifier updates say the rest).
/// </summary>
public sealed record SlackClickAnswer(SlackHttpAnswer Answer, SlackMessage? TellAfterwards)
{
    /// <summary>The change is stored (or was refused and audited): 200, and the refusal, if any, told afterwards.</summary>
    public static SlackClickAnswer Stored(SlackMessage? tellAfterwards = null) => new(SlackHttpAnswer.Ack(), tellAfterwards);
}
