namespace PostApprovalBot.Core.People;

/// <summary>A person as the workflow shows them: identity plus the name people recognise.</summary>
public sealed record Person(PersonId Id, string DisplayName)
{
    public static Person FromEmail(string email, string? displayName = null) =>
        new(PersonId.FromEmail(email), string.IsNullOrWhiteSpace(displayName) ? email.Trim() : displayName.Trim());

    public override string ToString() => $"{DisplayName} <{Id}>";
}
