using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Channel.Rendering;
using PostApprovalBot.Slack.Views.Home;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Channel.Events;

/// <summary>Publishes a user's App Home: their drafts and what waits for their decision.</summary>
public sealed class AppHomePublisher(DraftService drafts, SlackApiClient slack)
{
    // A little over the Home tab's lines per list, so its "…and N more" has a count to show.
    private const int Fetched = 60;

    public async Task PublishAsync(ChatContact who, CancellationToken cancellationToken)
    {
        var mine = await drafts.MyDraftsAsync(who.Person, Fetched, cancellationToken);
        var waiting = await drafts.WaitingForAsync(who.Person, Fetched, cancellationToken);
        await slack.PublishHomeAsync(who.ChannelUserId, AppHome.Build(HomeViews.Home(mine, waiting, who.Person.Id)), cancellationToken);
    }

    /// <summary>A Home tab that only explains why the bot cannot serve this user.</summary>
    public Task PublishProblemAsync(string userId, string problem, CancellationToken cancellationToken) =>
        slack.PublishHomeAsync(userId, new HomeView([new HeaderBlock("Post approvals"), new SectionBlock(MrkdwnText.FromUserText(problem))]), cancellationToken);
}
