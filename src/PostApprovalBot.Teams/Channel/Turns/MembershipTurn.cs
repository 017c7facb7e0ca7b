using PostApprovalBot.Teams.Activities;
using PostApprovalBot.Teams.Channel.Rendering;

namespace PostApprovalBot.Teams.Channel.Turns;

/// <summary>
/// The app was installed, removed, or the bot joined a conversation. Teams sends both an installation update and a conversation update
/// for one install: the first only stores the address, the second also greets, so people are greeted once.
/// </summary>
public sealed class MembershipTurn(TeamsReplies replies)
{
    public Task GreetAsync(TeamsTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return replies.SendAsync(turn, Notices.Greeting(turn.Person.DisplayName), cancellationToken);
    }

    public static bool IsRemoval(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type == ActivityTypes.InstallationUpdate && activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true;
    }

    public static bool BotWasAdded(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type == ActivityTypes.ConversationUpdate
            && activity.Recipient is { Id.Length: > 0 } bot && (activity.MembersAdded ?? []).Any(m => m.Id == bot.Id);
    }
}
