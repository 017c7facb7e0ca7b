namespace PostApprovalBot.Core.People;

/// <summary>The bot itself, as the actor of what happens by the clock (expiry, reminders).</summary>
public static class SystemActor
{
    public static Person Bot { get; } = Person.FromEmail("bot@postapprovalbot.invalid", "PostApprovalBot");
}
