using PostApprovalBot.Testing.Entra;
using PostApprovalBot.Testing.Slack;
using PostApprovalBot.Testing.Teams;

namespace PostApprovalBot.Browser.Tests.WebView;

/// <summary>
/// A person of the demo company (config/seed.demo.json) as every stand-in knows them: an Entra account to sign in with, a Slack
/// member, and a Teams member with a 1:1 chat with the bot, all under the same work e-mail.
/// </summary>
public sealed record WebPerson(string Name, string Email, string SlackUserId) : ITeamsMember
{
    public static readonly WebPerson Emma = new("Emma Employee", "emma.employee@contoso.com", "U0EMMA");
    public static readonly WebPerson Lena = new("Lena Legal", "lena.legal@contoso.com", "U0LENA");
    public static readonly WebPerson Colin = new("Colin Compliance", "colin.compliance@contoso.com", "U0COLIN");
    public static readonly WebPerson Chloe = new("Chloe Comms", "chloe.comms@contoso.com", "U0CHLOE");
    public static readonly WebPerson Ada = new("Ada Admin", "ada.admin@contoso.com", "U0ADA");

    public static IReadOnlyList<WebPerson> Everyone { get; } = [Emma, Lena, Colin, Chloe, Ada];

    public string FirstName => Name.Split(' ')[0];

    public EntraPerson Entra => new(Email, Name);

    public SlackTestUser Slack => new(SlackUserId, Email, Name);

    public string AadObjectId => Entra.ObjectId;

    public string TeamsId => "29:" + Email.Split('@')[0];

    public string PersonalChat => "a:1on1-" + Email.Split('@')[0];

    public override string ToString() => Name;
}
