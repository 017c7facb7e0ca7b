using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PostApprovalBot.Teams.Channel;

/// <summary>Everything the host needs to run the Teams channel: services and endpoints.</summary>
public static class TeamsChannelSetup
{
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapTeamsChannel(this IEndpointRouteBuilder app) => app;
}
