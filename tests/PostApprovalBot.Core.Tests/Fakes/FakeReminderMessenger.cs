using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Reminders;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Core.Tests.Fakes;

public sealed class FakeReminderMessenger(ChatChannel channel) : IReminderMessenger
{
    public ChatChannel Channel => channel;

    public List<(string Person, ReminderKind Kind)> Sent { get; } = [];

    public Task SendReminderAsync(ChatContact recipient, DueReminder reminder, DraftOverview overview, CancellationToken cancellationToken)
    {
        Sent.Add((recipient.Person.Id.Value, reminder.Kind));
        return Task.CompletedTask;
    }
}
