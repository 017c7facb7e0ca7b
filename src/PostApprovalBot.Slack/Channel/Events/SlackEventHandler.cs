using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Slack.Channel.Commands;
using PostApprovalBot.Slack.Channel.Identity;
using PostApprovalBot.Slack.Inbound.Events;
using PostApprovalBot.Slack.Views;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Channel.Events;

/// <summary>
/// Handles a claimed Events API delivery: a DM or a mention is a text command, run before Slack is answered (it may change
/// state) and answered after it, in the DM (a mention is answered to its author only); opening the Home tab changes
/// nothing and publishes it after the answer.
/// </summary>
public sealed partial class SlackEventHandler(
    SlackContacts contacts, SlackCommandReader reader, SlackCommandRunner commands, AppHomePublisher home, SlackApiClient slack, ILogger<SlackEventHandler> logger)
{
    /// <summary>True for the events this bot acts on; others are acknowledged and ignored without a claim.</summary>
    public static bool IsHandled(SlackEvent e) => !e.IsFromBot && e.User is not null && (e.Type, e.Subtype) switch
    {
        ("message", null) => e.ChannelType == "im" && e.Channel is not null,
        ("app_mention", null) => e.Channel is not null,
        ("app_home_opened", _) => e.Tab is null or "home",
        _ => false,
    };

    /// <summary>A text command ("approve", "submit …") may change state, so it runs before the answer.</summary>
    public static bool MayChangeState(SlackEvent e) => e.Type != "app_home_opened";

    /// <summary>Runs the event's text command; returns the reply to post once Slack was answered (null: nothing to say).</summary>
    public async Task<SlackEventReply?> RunCommandAsync(string eventId, SlackEvent e, CancellationToken cancellationToken)
    {
        var identity = await contacts.ResolveAsync(e.User!, e.Type == "message" ? e.Channel : null, cancellationToken);
        var reply = identity.IsKnown
            ? await commands.RunAsync(identity.Contact, await reader.ReadAsync(WithoutMentions(e.Text), cancellationToken), SlackCommandSource.Event(eventId), cancellationToken)
            : SlackNotice.Refusal(identity.Problem);
        return reply is null ? null : new SlackEventReply(e, identity.Contact?.Address, reply);
    }

    public async Task PublishHomeAsync(SlackEvent e, CancellationToken cancellationToken)
    {
        var identity = await contacts.ResolveAsync(e.User!, null, cancellationToken);
        await (identity.IsKnown
            ? home.PublishAsync(identity.Contact, cancellationToken)
            : home.PublishProblemAsync(e.User!, identity.Problem, cancellationToken));
    }

    public async Task PostReplyAsync(SlackEventReply reply, CancellationToken cancellationToken)
    {
        var e = reply.Event;
        if (e.Type == "message")
        {
            await slack.PostMessageAsync(e.Channel!, reply.Message, cancellationToken);
            return;
        }
        // In a channel the answer may list someone's drafts: only the person who asked sees it.
        try
        {
            await slack.PostEphemeralAsync(e.Channel!, e.User!, reply.Message, cancellationToken);
        }
        catch (SlackApiException ex) when (!ex.IsTransient && reply.DirectChannel is { } dm)
        {
            logger.LogInformation("Answering the mention in {Channel} by DM instead ({Error}).", e.Channel, ex.ErrorCode);
            await slack.PostMessageAsync(dm, reply.Message, cancellationToken);
        }
    }

    // "<@U0BOT> status P-7K3QXM" → "status P-7K3QXM": leading mentions address the bot; later ones are the user's words.
    internal static string WithoutMentions(string? text) => LeadingMentions().Replace(text ?? "", "").Trim();

    [GeneratedRegex(@"^\s*(<@[A-Z0-9]+(\|[^>]*)?>\s*)+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMentions();
}
