using System.Globalization;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Reminders;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Teams.Cards;
using PostApprovalBot.Teams.Cards.Views;
using PostApprovalBot.Teams.Channel.Rendering;

namespace PostApprovalBot.Teams.Channel;

/// <summary>Delivers the review clock's SLA reminders (to approvers) and escalations (to a group's escalation contact) in Teams.</summary>
public sealed class TeamsReminderMessenger(TeamsPersonalChats chats) : IReminderMessenger
{
    public ChatChannel Channel => ChatChannel.Teams;

    public Task SendReminderAsync(ChatContact recipient, DueReminder reminder, DraftOverview overview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        ArgumentNullException.ThrowIfNull(overview);
        var draft = overview.Draft;
        var waiting = Waiting(reminder.Waiting);
        var view = reminder.Kind == ReminderKind.Escalation
            ? new NoticeView($"Escalation: draft {draft.Id} is stuck at {reminder.StageName}",
                $"The {reminder.StageName} review of {draft.Submitter.DisplayName}'s post for {Wording.Account(overview.Account)} has waited {waiting}, "
                + "twice its time limit. You are the group's escalation contact: please find someone to decide.", CardTone.Attention)
            : new NoticeView($"Reminder: draft {draft.Id} waits for your {reminder.StageName} review",
                $"{draft.Submitter.DisplayName}'s post for {Wording.Account(overview.Account)} has waited {waiting}. "
                + $"Your approval card is earlier in this chat; 'status {draft.Id}' shows it again.", CardTone.Warning);
        var card = NoticeCard.Build(view with
        {
            QuotedText = draft.CurrentRevision.Content.Text,
            Facts = [new Fact("Draft", $"{draft.Id}, revision {Wording.Number(draft.CurrentRevision.Number)}"), new Fact("Publishes", Wording.Schedule(draft.CurrentRevision.Content))],
        });
        return chats.SendAsync(recipient, card, cancellationToken);
    }

    private static string Waiting(TimeSpan waiting) => waiting.TotalHours >= 48
        ? $"{((int)waiting.TotalDays).ToString(CultureInfo.InvariantCulture)} days"
        : $"{Math.Max(1, (int)waiting.TotalHours).ToString(CultureInfo.InvariantCulture)} hours";
}
