using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Reminders;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Core.Ports;

/// <summary>A channel's way of delivering what the clock owes people: SLA reminders and escalations.</summary>
public interface IReminderMessenger
{
    ChatChannel Channel { get; }

    Task SendReminderAsync(ChatContact recipient, DueReminder reminder, DraftOverview overview, CancellationToken cancellationToken);
}
