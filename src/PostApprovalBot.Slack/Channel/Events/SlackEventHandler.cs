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
/// Handles an Events API delivery after it was acknowledged and claimed: a DM or a mention is a text command,
/// answered in the DM (a mention is answered to its author only), and opening the Home tab publishes it.
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

    public async Task HandleAsync(EventCallback callback, CancellationToken cancellationToken)
    {
        var e = callback.Event;
        if (!IsHandled(e))
        {
            return;
        }
        var direct = e.Type == "message" ? e.Channel : null;
        var identity = await contacts.ResolveAsync(e.User!, direct, cancellationToken);
        if (e.Type == "app_home_opened")
        {
            await (identity.IsKnown
                ? home.PublishAsync(identity.Contact, cancellationToken)
                : home.PublishProblemAsync(e.User!, identity.Problem, cancellationToken));
            return;
        }
        var reply = identity.IsKnown
            ? await commands.RunAsync(identity.Contact, await reader.ReadAsync(WithoutMentions(e.Text), cancellationToken), SlackCommandSource.Message, cancellationToken)
            : SlackNotice.Refusal(identity.Problem);
        if (reply is null)
        {
            return;
        }
        if (e.Type == "message")
        {
            await slack.PostMessageAsync(e.Channel!, reply, cancellationToken);
            return;
        }
        // In a channel the answer may list someone's drafts: only the person who asked sees it.
        try
        {
            await slack.PostEphemeralAsync(e.Channel!, e.User!, reply, cancellationToken);
        }
        catch (SlackApiException ex) when (!ex.IsTransient && identity.Contact?.Address is { } dm)
        {
            logger.LogInformation("Answering the mention in {Channel} by DM instead ({Error}).", e.Channel, ex.ErrorCode);
            await slack.PostMessageAsync(dm, reply, cancellationToken);
        }
    }

    // "<@U0BOT> status P-7K3QXM" → "status P-7K3QXM": leading mentions address the bot; later ones are the user's words.
    internal static string WithoutMentions(string? text) => LeadingMentions().Replace(text ?? "", "").Trim();

    [GeneratedRegex(@"^\s*(<@[A-Z0-9]+(\|[^>]*)?>\s*)+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMentions();
}
