namespace PostApprovalBot.Browser.Tests.Infrastructure;

/// <summary>A person of the demo company (config/seed.demo.json) and their Agents Playground persona file, playground/&lt;File&gt;.yml.</summary>
public sealed record Persona(string File, string Name, string Email)
{
    public static readonly Persona Emma = new("employee", "Emma Employee", "emma.employee@contoso.com");
    public static readonly Persona Noah = new("newcomer", "Noah Newcomer", "noah.newcomer@contoso.com");
    public static readonly Persona Lena = new("legal", "Lena Legal", "lena.legal@contoso.com");
    public static readonly Persona Colin = new("compliance", "Colin Compliance", "colin.compliance@contoso.com");
    public static readonly Persona Chloe = new("communications", "Chloe Comms", "chloe.comms@contoso.com");
    public static readonly Persona Ada = new("admin", "Ada Admin", "ada.admin@contoso.com");

    public static IReadOnlyList<Persona> All { get; } = [Emma, Noah, Lena, Colin, Chloe, Ada];

    public string FilePath => Path.Combine(RepositoryRoot.Path, "playground", File + ".yml");

    public string FirstName => Name.Split(' ')[0];

    public override string ToString() => Name;
}
