using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Channel.FollowUps;
using PostApprovalBot.Slack.Channel.Identity;
using PostApprovalBot.Slack.Channel.Interactions;
using PostApprovalBot.Slack.Channel.Rendering;
using PostApprovalBot.Slack.Http;
using PostApprovalBot.Slack.Inbound.Commands;
using PostApprovalBot.Slack.Views;

namespace PostApprovalBot.Slack.Channel.Commands;

/// <summary>
/// Answers /post within Slack's 3 seconds. The command runs in its own scope; when it finishes inside the budget its
/// answer is the HTTP reply (ephemeral), otherwise Slack gets "working on it" and the real outcome follows privately
/// (<see cref="SlackFollowUps"/>, which finishes at shutdown). A failure says what is known: "nothing was recorded"
/// only when the core said so (busy), otherwise that the result could not be confirmed and how to check it.
/// "/post" alone opens the draft form.
/// </summary>
public sealed class SlashCommandAnswerer(IServiceScopeFactory scopes, SlackFollowUps followUps, ILogger<SlashCommandAnswerer> logger)
{
    /// <summary>Leaves Slack's 3 s some room for the network both ways.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(2.5);

    /// <summary>
    /// Bound on one command. Not the host's stopping token: a change cut short by shutdown would leave its outcome unknown.
    /// </summary>
    public static readonly TimeSpan WorkLimit = TimeSpan.FromSeconds(15);

    public Task<SlackHttpAnswer> AnswerAsync(SlashCommand command) =>
        SlackAnswerDeadline.AnswerAsync(RunAsync(command), Budget, work => followUps.Enqueue($"late answer to /post by {command.UserId}", async (services, ct) =>
        {
            if (await work.WaitAsync(ct) is { } answer)
            {
                await services.GetRequiredService<PrivateReplies>().TellAsync(command.UserId, command.ChannelId, null, answer, ct);
            }
        }));

    private async Task<SlackMessage?> RunAsync(SlashCommand command)
    {
        using var limit = new CancellationTokenSource(WorkLimit);
        // What the log may say of the command: its kind, never its text (a draft not yet approved is exactly what must not leak).
        var kind = "unread";
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var identity = await services.GetRequiredService<SlackContacts>().ResolveAsync(command.UserId, null, limit.Token);
            if (!identity.IsKnown)
            {
                return SlackNotice.Refusal(identity.Problem);
            }
            var parsed = string.IsNullOrWhiteSpace(SlackTypedText.ToPlain(command.Text))
                ? new ChatCommand(ChatCommandKind.New)
                : await services.GetRequiredService<SlackCommandReader>().ReadAsync(command.Text, limit.Token);
            kind = parsed.Kind.ToString();
            return await services.GetRequiredService<SlackCommandRunner>()
                .RunAsync(identity.Contact, parsed, SlackCommandSource.SlashCommand(command.TriggerId), limit.Token);
        }
        catch (ChangeNotRecordedException e)
        {
            return SlackNotice.Refusal(e.Message);
        }
        catch (Exception e)
        {
            logger.LogError(e, "/post ({Command}) by {UserId} failed; its outcome is unconfirmed.", kind, command.UserId);
            return SlackNotice.Refusal(SlackWording.Unconfirmed);
        }
    }
}
