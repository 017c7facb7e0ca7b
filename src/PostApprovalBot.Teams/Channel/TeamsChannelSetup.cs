using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Teams.Channel.Drafts;
using PostApprovalBot.Teams.Channel.Identity;
using PostApprovalBot.Teams.Channel.Rendering;
using PostApprovalBot.Teams.Channel.Turns;
using PostApprovalBot.Teams.Graph;

namespace PostApprovalBot.Teams.Channel;

/// <summary>Everything the host needs to run the Teams channel: services and endpoints.</summary>
public static class TeamsChannelSetup
{
    /// <summary>
    /// Registers the protocol layer and the translator. The messengers (cards, reminders) are registered only when the channel can run
    /// (an app id, or Development for emulator mode), so a host without Teams never tries to reach people there.
    /// </summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddTeamsProtocol(configuration);
        services.AddSingleton<IValidateOptions<TeamsOptions>, TeamsChannelOptionsValidator>();
        services.AddSingleton<TeamsChannelStatus>();
        services.AddHostedService<TeamsChannelStartupReport>();

        services.AddSingleton<TeamsIdentity>();
        services.AddSingleton<TeamsMentions>();
        services.AddSingleton<TeamsPersonalChats>();
        services.AddSingleton<ApprovalCards>();
        services.AddSingleton<DraftSubmission>();
        services.AddSingleton<DraftViewer>();
        services.AddSingleton<TeamsReplies>();
        services.AddSingleton<TeamsCommands>();
        services.AddSingleton<CardActions>();
        services.AddSingleton<MessageTurn>();
        services.AddSingleton<MembershipTurn>();
        services.AddSingleton<TeamsTurnHandler>();
        if (TeamsChannelStatus.DecideAtRegistration(configuration) != TeamsChannelMode.Off)
        {
            services.AddSingleton<IChatMessenger, TeamsMessenger>();
            services.AddSingleton<IReminderMessenger, TeamsReminderMessenger>();
            if (configuration.GetSection(TeamsOptions.SectionName).Get<TeamsOptions>() is { ProactiveInstallEnabled: true })
            {
                services.AddSingleton(sp => new TeamsAppInstallations(
                    TeamsAppInstallations.CreateClient(
                        sp.GetRequiredService<IOptions<TeamsOptions>>().Value,
                        sp.GetRequiredService<IHttpClientFactory>().CreateClient(TeamsServiceCollectionExtensions.EntraHttpClient)),
                    sp.GetRequiredService<IOptions<TeamsOptions>>()));
                services.AddSingleton<IContactFinder, TeamsContactFinder>();
            }
        }

        return services;
    }

    public static IEndpointRouteBuilder MapTeamsChannel(this IEndpointRouteBuilder app)
    {
        app.MapPost(MessagesEndpoint.Route, MessagesEndpoint.HandleAsync);
        return app;
    }
}
