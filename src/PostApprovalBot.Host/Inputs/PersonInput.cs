using PostApprovalBot.Core.People;

namespace PostApprovalBot.Host.Inputs;

/// <summary>A person as configuration and the admin API name them: work e-mail and an optional display name.</summary>
public sealed record PersonInput(string Email, string? Name)
{
    public Person ToPerson() => Person.FromEmail(Email, Name);

    public static PersonInput Of(Person person) => new(person.Id.Value, person.DisplayName);
}
