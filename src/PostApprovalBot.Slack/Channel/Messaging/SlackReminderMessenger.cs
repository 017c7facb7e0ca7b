using System.Globalization;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Reminders;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Slack.Views.Approval;

namespace PostApprovalBot.Slack.Channel.Messaging;

/// <summary>Delivers the review clock's reminders and escalations to the recipient's DM with the bot.</summary>
public sealed class SlackReminderMessenger(SlackApiSource slack) : IReminderMessenger
{
    public ChatChannel Channel => ChatChannel.Slack;

    public async Task SendReminderAsync(ChatContact recipient, DueReminder reminder, DraftOverview overview, CancellationToken cancellationToken)
    {
        var channel = recipient.Address ?? throw new InvalidOperationException($"{recipient.Person.Id.Pseudonym} has no Slack DM channel yet.");
        var draft = overview.Draft;
        var model = new ReminderModel(
            reminder.Kind == ReminderKind.Escalation,
            draft.Id,
            overview.Account.DisplayName,
            draft.Submitter.DisplayName,
            reminder.StageName,
            Waiting(reminder.Waiting),
            draft.CurrentRevision.Content.Text);
        await slack.Client().PostMessageAsync(channel, ReminderMessage.Build(model), cancellationToken);
    }

    private static string Waiting(TimeSpan waiting) => waiting.TotalHours >= 48
        ? $"{(int)waiting.TotalDays} days"
        : $"{Math.Max(1, (int)waiting.TotalHours).ToString(CultureInfo.InvariantCulture)} hours";
}
