using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PostApprovalBot.Integration.Tests.Infrastructure;
using PostApprovalBot.Integration.Tests.Slack;
using PostApprovalBot.Integration.Tests.Teams.Support;
using PostApprovalBot.Teams;

namespace PostApprovalBot.Integration.Tests.Reach;

/// <summary>
/// The host with both channels on and nobody but the submitter known to it: Teams with proactive installation against
/// <see cref="GraphStandIn"/> (the tenant), Slack against <see cref="SlackWebApiStandIn"/> (the workspace), the Teams company's
/// seed. The Slack members carry the Teams personas' e-mails, as one company's people do.
/// </summary>
public sealed class ReachBot : IAsyncDisposable
{
    private ReachBot(TeamsBot teams, GraphStandIn graph, SlackWebApiStandIn slack)
    {
        Teams = teams;
        Graph = graph;
        Slack = slack;
        Flow = new TeamsFlow(teams);
    }

    public TeamsBot Teams { get; }

    public GraphStandIn Graph { get; }

    public SlackWebApiStandIn Slack { get; }

    public TeamsFlow Flow { get; }

    /// <summary>The Slack member with this persona's e-mail.</summary>
    public static SlackTestUser InSlack(TeamsPersona persona) => new("U0" + persona.Email.Split('@')[0].ToUpperInvariant(), persona.Email, persona.Name);

    public static async Task<ReachBot> StartAsync(AzuriteFixture azurite, IEnumerable<TeamsPersona> tenant, IEnumerable<TeamsPersona> workspace)
    {
        var graph = await GraphStandIn.StartAsync(tenant);
        var slack = await SlackWebApiStandIn.StartAsync(workspace.Select(InSlack));
        var teams = await TeamsBot.StartAsync(azurite,
            ("Teams:TenantId", TeamsActivities.TenantId),
            ("Teams:GraphBaseUrl", graph.BaseUrl),
            ("Slack:SigningSecret", "reach-test-signing-secret"),
            ("Slack:BotToken", SlackWebApiStandIn.BotToken),
            ("Slack:ApiBaseUrl", slack.ApiBaseUrl.ToString()),
            ("Slack:RetryBaseDelay", "00:00:00.050"));
        // The connector stand-in's address is known only once it runs; nothing has read this setting yet.
        teams.Services.GetRequiredService<IOptions<TeamsOptions>>().Value.ProactiveServiceUrl = teams.ServiceUrl;
        return new ReachBot(teams, graph, slack);
    }

    /// <summary>The approval cards (with decision buttons) the persona got in Teams for the draft.</summary>
    public IReadOnlyList<ConnectorCall> TeamsCards(TeamsPersona persona, string draftId) =>
        Teams.Connector.Calls.Where(c => c.IsPost && c.ConversationId == persona.PersonalChat && c.CardText.Contains(draftId) && CardReading.OffersDecisions(c.Card!)).ToList();

    /// <summary>The approval messages (with buttons) the persona got in their Slack DM for the draft.</summary>
    public IReadOnlyList<SlackStandInMessage> SlackCards(TeamsPersona persona, string draftId) =>
        Slack.MessagesIn(InSlack(persona).DirectChannel).Where(m => m.HasButtons && m.Text.Contains(draftId)).ToList();

    /// <summary>What the submitter was told in Teams about unreachable approvers.</summary>
    public IReadOnlyList<ConnectorCall> UnreachableNotices(TeamsPersona submitter) =>
        Teams.Connector.Calls.Where(c => c.IsPost && c.ConversationId == submitter.PersonalChat && c.CardText.Contains("cannot be reached")).ToList();

    public async ValueTask DisposeAsync()
    {
        await Teams.DisposeAsync();
        await Slack.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
