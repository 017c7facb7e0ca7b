using PostApprovalBot.Host.Admin;

namespace PostApprovalBot.Integration.Tests.Admin;

/// <summary>Admin API tokens as Entra issues them (an app role in roles), from the in-process Entra stand-in.</summary>
public sealed class AdminTokens
{
    public const string Audience = "api://postapprovalbot";
    private readonly EntraTestKey key = new();

    public static (string, string?)[] Settings(string bootstrap) =>
    [
        ("AdminApi:Authority", EntraTestKey.Issuer),
        ("AdminApi:Audience", Audience),
        ("Admin:Bootstrap", bootstrap),
    ];

    public void Install(IServiceCollection services) => key.Trust(services, AdminApiOptions.Scheme);

    public string For(string email, params string[] roles) => key.Mint(Audience, Claims(email, roles));

    /// <summary>A token signed by a key the API does not know.</summary>
    public static string Forged(string email) => EntraTestKey.Forged(Audience, Claims(email, ["PostApprovalBot.Admin"]));

    private static Dictionary<string, object> Claims(string email, string[] roles) =>
        new() { ["preferred_username"] = email, ["name"] = email.Split('@')[0], ["roles"] = roles };
}
