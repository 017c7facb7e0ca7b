using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Channel.Identity;
using PostApprovalBot.Slack.Channel.Interactions;
using PostApprovalBot.Slack.Http;
using PostApprovalBot.Slack.Inbound.Commands;
using PostApprovalBot.Slack.Views;

namespace PostApprovalBot.Slack.Channel.Commands;

/// <summary>
/// Answers /post within Slack's 3 seconds. The command runs in its own scope; when it finishes inside the
/// budget its answer is the HTTP reply (ephemeral), otherwise Slack gets "working on it" and the answer
/// follows privately once ready. "/post" alone opens the draft form.
/// </summary>
public sealed class SlashCommandAnswerer(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<SlashCommandAnswerer> logger)
{
    /// <summary>Leaves Slack's 3 s some room for the network both ways.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(2.5);

    public Task<SlackHttpAnswer> AnswerAsync(SlashCommand command) =>
        SlackAnswerDeadline.AnswerAsync(RunAsync(command, lifetime.ApplicationStopping), Budget, answer => TellLaterAsync(command, answer), logger);

    private async Task<SlackMessage?> RunAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var identity = await services.GetRequiredService<SlackContacts>().ResolveAsync(command.UserId, null, cancellationToken);
            if (!identity.IsKnown)
            {
                return SlackNotice.Refusal(identity.Problem);
            }
            var parsed = string.IsNullOrWhiteSpace(SlackTypedText.ToPlain(command.Text))
                ? new ChatCommand(ChatCommandKind.New)
                : await services.GetRequiredService<SlackCommandReader>().ReadAsync(command.Text, cancellationToken);
            return await services.GetRequiredService<SlackCommandRunner>()
                .RunAsync(identity.Contact, parsed, SlackCommandSource.SlashCommand(command.TriggerId), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "/post {Text} by {UserId} failed.", command.Text, command.UserId);
            return SlackNotice.Refusal("Something went wrong on my side. Please try again in a minute; /post my drafts shows what was recorded.");
        }
    }

    private async Task TellLaterAsync(SlashCommand command, SlackMessage answer)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PrivateReplies>()
            .TellAsync(command.UserId, command.ChannelId, null, answer, lifetime.ApplicationStopping);
    }
}
