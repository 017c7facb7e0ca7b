using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Slack.Channel.FollowUps;
using PostApprovalBot.Slack.Channel.Commands;
using PostApprovalBot.Slack.Channel.Endpoints;
using PostApprovalBot.Slack.Channel.Events;
using PostApprovalBot.Slack.Channel.Identity;
using PostApprovalBot.Slack.Channel.Interactions;
using PostApprovalBot.Slack.Channel.Messaging;
using PostApprovalBot.Slack.Inbound.Events;

namespace PostApprovalBot.Slack.Channel;

/// <summary>
/// Everything the host needs to run the Slack channel: services and endpoints. The channel is on when
/// <c>Slack:SigningSecret</c> is set (then <c>Slack:BotToken</c> is required and checked at start-up); otherwise
/// the host starts without it and the Slack endpoints answer 503.
/// </summary>
public static class SlackChannelSetup
{
    public const string EventsPath = "/slack/events";
    public const string CommandsPath = "/slack/commands";
    public const string InteractionsPath = "/slack/interactions";

    public static IServiceCollection AddSlackChannel(this IServiceCollection services, IConfiguration configuration)
    {
        var enabled = !string.IsNullOrWhiteSpace(configuration[$"{SlackOptions.SectionName}:{nameof(SlackOptions.SigningSecret)}"]);
        services.AddSingleton(new SlackChannelStatus(enabled));
        if (!enabled)
        {
            return services;
        }
        // Registered before the protocol's in-memory default, which only knows its own process.
        services.AddSingleton<ISlackEventDeduplicator, DurableSlackEventDeduplicator>();
        services.AddSlackProtocol(configuration);
        services.AddSingleton<SlackFollowUps>();
        services.AddHostedService<SlackFollowUpWorker>();
        services.AddSingleton<SlackApiSource>();
        services.AddSingleton<IChatMessenger, SlackMessenger>();
        services.AddSingleton<IReminderMessenger, SlackReminderMessenger>();
        services.AddSingleton<IContactFinder, SlackContactFinder>();
        services.AddSingleton<SlashCommandAnswerer>();
        services.AddScoped<SlackContacts>();
        services.AddScoped<SlackMentions>();
        services.AddScoped<SlackCommandReader>();
        services.AddScoped<PrivateReplies>();
        services.AddScoped<DraftModalOpener>();
        services.AddScoped<SlackCommandRunner>();
        services.AddScoped<AppHomePublisher>();
        services.AddScoped<SlackEventHandler>();
        services.AddScoped<ApprovalClickHandler>();
        services.AddScoped<DraftSubmissionHandler>();
        services.AddScoped<CommentSubmissionHandler>();
        services.AddScoped<SuggestionClickHandler>();
        services.AddScoped<SlackInteractionHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapSlackChannel(this IEndpointRouteBuilder app)
    {
        var status = app.ServiceProvider.GetService<SlackChannelStatus>() ?? new SlackChannelStatus(false);
        if (!status.Enabled)
        {
            app.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger(typeof(SlackChannelSetup).FullName!)
                .LogInformation("Slack channel off: Slack:SigningSecret is not set. Its endpoints answer 503.");
            foreach (var path in new[] { EventsPath, CommandsPath, InteractionsPath })
            {
                app.MapPost(path, () => Results.Text(SlackChannelStatus.DisabledMessage, statusCode: StatusCodes.Status503ServiceUnavailable));
            }
            return app;
        }
        app.MapPost(EventsPath, SlackEventsEndpoint.HandleAsync);
        app.MapPost(CommandsPath, SlackCommandsEndpoint.HandleAsync);
        app.MapPost(InteractionsPath, SlackInteractionsEndpoint.HandleAsync);
        return app;
    }
}
