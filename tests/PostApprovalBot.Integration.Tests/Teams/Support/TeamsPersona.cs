namespace PostApprovalBot.Integration.Tests.Teams.Support;

/// <summary>A person as Teams knows them: Teams id (29:…), Entra object id, e-mail, and their 1:1 chat with the bot.</summary>
public sealed record TeamsPersona(string Name, string Email, string AadObjectId) : ITeamsMember
{
    public string TeamsId => "29:" + Email.Split('@')[0];

    public string PersonalChat => "a:1on1-" + Email.Split('@')[0];

    public static readonly TeamsPersona Emma = New("Emma Employee", "emma@contoso.com", 1);
    public static readonly TeamsPersona Lena = New("Lena Legal", "lena@contoso.com", 2);
    public static readonly TeamsPersona Liam = New("Liam Legal", "liam@contoso.com", 3);
    public static readonly TeamsPersona Colin = New("Colin Compliance", "colin@contoso.com", 4);
    public static readonly TeamsPersona Chloe = New("Chloe Comms", "chloe@contoso.com", 5);
    public static readonly TeamsPersona Noah = New("Noah Outsider", "noah@contoso.com", 6);
    public static readonly TeamsPersona Olivia = New("Olivia Owner", "olivia@contoso.com", 7);

    public static IReadOnlyList<TeamsPersona> Everyone { get; } = [Emma, Lena, Liam, Colin, Chloe, Noah, Olivia];

    private static TeamsPersona New(string name, string email, int n) => new(name, email, $"00000000-0000-4000-8000-{n:D12}");
}
