namespace PostApprovalBot.Bench;

/// <summary>Someone in the benchmark's company, reachable in exactly one chat: Teams or Slack.</summary>
public sealed record BenchPerson(string Name, string Email, TeamsPersona? Teams, SlackTestUser? Slack)
{
    public bool InTeams => Teams is not null;

    /// <summary>Where the bot writes to this person: the Teams 1:1 chat or the Slack DM.</summary>
    public string Inbox => Teams?.PersonalChat ?? Slack!.DirectChannel;

    public static BenchPerson Create(string name, string localPart, int number, bool inTeams)
    {
        var email = $"{localPart}@contoso.com";
        return inTeams
            ? new BenchPerson(name, email, new TeamsPersona(name, email, $"00000000-0000-4000-8000-{number:D12}"), null)
            : new BenchPerson(name, email, null, new SlackTestUser("U0" + localPart.ToUpperInvariant().Replace(".", "", StringComparison.Ordinal), email, name));
    }
}
