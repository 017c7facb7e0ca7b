using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PostApprovalBot.Slack.Channel;

/// <summary>Everything the host needs to run the Slack channel: services and endpoints.</summary>
public static class SlackChannelSetup
{
    public static IServiceCollection AddSlackChannel(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapSlackChannel(this IEndpointRouteBuilder app) => app;
}
