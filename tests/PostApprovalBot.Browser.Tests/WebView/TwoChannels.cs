using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PostApprovalBot.Testing.Slack;
using PostApprovalBot.Testing.Teams;
using Eventually = PostApprovalBot.Testing.Eventually;

namespace PostApprovalBot.Browser.Tests.WebView;

/// <summary>
/// What people do in the chats while the web view is tested: meet the bot in Teams (an emulator-mode activity whose serviceUrl is the
/// Bot Connector stand-in) and in Slack (signed requests to the bot, its Web API the Slack stand-in), submit drafts, receive cards.
/// </summary>
public sealed partial class TwoChannels(HttpClient bot, SlackWebApiStandIn slack, ConnectorStandIn connector, string signingSecret)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly SlackSignedRequests slackRequests = new(bot, signingSecret);

    public SlackWebApiStandIn Slack => slack;

    public ConnectorStandIn Connector => connector;

    /// <summary>The person adds the bot in Teams; the bot greets them in their 1:1 chat, and sends their cards there from now on.</summary>
    public async Task MeetOnTeamsAsync(WebPerson person)
    {
        using var added = await bot.PostAsync(
            new Uri("api/messages", UriKind.Relative),
            new StringContent(TeamsActivities.BotAdded(connector.ServiceUrl, person).ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        await Eventually.HoldsAsync(() => connector.To(person).Any(c => c.IsPost), $"the bot's greeting to {person} in Teams", Patience);
    }

    /// <summary>The person opens the bot's Home tab in Slack; the bot knows them there from now on.</summary>
    public async Task MeetOnSlackAsync(WebPerson person)
    {
        using var opened = await slackRequests.EventAsync($"Ev{Guid.NewGuid():N}"[..20], new JsonObject
        {
            ["type"] = "app_home_opened", ["user"] = person.SlackUserId, ["channel"] = person.Slack.DirectChannel, ["tab"] = "home",
            ["event_ts"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + ".000200",
        });
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        await Eventually.HoldsAsync(() => slack.Home(person.SlackUserId) is not null, $"{person}'s Home tab in Slack", Patience);
    }

    /// <summary><c>/post submit &lt;account&gt; &lt;text&gt;</c> in Slack; returns the new draft's id, from what the bot answered the submitter.</summary>
    public async Task<string> SubmitOnSlackAsync(WebPerson spokesperson, string account, string text)
    {
        var before = slack.Calls.Count;
        using var response = await slackRequests.SlashCommandAsync(spokesperson.Slack, $"submit {account} {text}", slackRequests.NewTriggerId());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadAsStringAsync();
        return await Eventually.GetAsync(
            () => DraftId(answer) ?? slack.Calls.Skip(before)
                .Where(c => c.Argument("channel") == spokesperson.Slack.DirectChannel || c.Argument("user") == spokesperson.SlackUserId)
                .Select(c => DraftId(SlackJson.AllText(c.Arguments))).FirstOrDefault(id => id is not null),
            $"the id of {spokesperson}'s new draft (the bot answered: {answer})", Patience);
    }

    /// <summary>The approval card of the draft that the bot posted in the person's 1:1 chat in Teams.</summary>
    public Task<ConnectorCall> TeamsCardAsync(WebPerson person, string draftId) => Eventually.GetAsync(
        () => connector.To(person).FirstOrDefault(c => c.IsPost && c.CardText.Contains(draftId, StringComparison.Ordinal)),
        $"{person}'s Teams card of {draftId}", Patience);

    /// <summary>The approval message of the draft, with its buttons, in the person's DM with the bot in Slack.</summary>
    public Task<SlackStandInMessage> SlackCardAsync(WebPerson person, string draftId) => Eventually.GetAsync(
        () => slack.MessagesIn(person.Slack.DirectChannel).FirstOrDefault(m => m.Text.Contains(draftId, StringComparison.Ordinal) && m.HasButtons),
        $"{person}'s Slack card of {draftId}", Patience);

    private static string? DraftId(string text) => DraftIdPattern().Match(text) is { Success: true } match ? match.Value : null;

    [GeneratedRegex("P-[2-9A-HJKMNP-TV-Z]{6}")]
    private static partial Regex DraftIdPattern();
}
