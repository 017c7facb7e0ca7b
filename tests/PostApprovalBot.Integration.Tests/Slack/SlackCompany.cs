namespace PostApprovalBot.Integration.Tests.Slack;

/// <summary>
/// The company the Slack tests run against (<c>slack-company.seed.json</c>): the people of config/seed.demo.json
/// (e-mails are shared with the Teams tests, as persons are shared across channels), each with a Slack user id.
/// </summary>
public static class SlackCompany
{
    public const string LinkedIn = "linkedin-contoso";
    public const string OwnerName = "Chloe Comms";

    public static readonly SlackTestUser Emma = new("U0EMMA", "emma.employee@contoso.com", "Emma Employee");
    public static readonly SlackTestUser Lena = new("U0LENA", "lena.legal@contoso.com", "Lena Legal", "Europe/Berlin");
    public static readonly SlackTestUser Colin = new("U0COLIN", "colin.compliance@contoso.com", "Colin Compliance", "America/New_York");
    public static readonly SlackTestUser Chloe = new("U0CHLOE", "chloe.comms@contoso.com", OwnerName, "Europe/London");
    /// <summary>An employee who neither speaks for an account nor reviews.</summary>
    public static readonly SlackTestUser Sam = new("U0SAM", "sam.sales@contoso.com", "Sam Sales");
    /// <summary>A Slack member whose profile shows no e-mail (the app lacks users:read.email, or the profile hides it).</summary>
    public static readonly SlackTestUser Hidden = new("U0HIDDEN", null, "Hidden Profile");

    /// <summary>The seed file, read from the source tree so the test project's build needs no change.</summary>
    public static string SeedPath { get; } = Path.Combine(RepositoryRoot.Path, "tests", "PostApprovalBot.Integration.Tests", "Slack", "slack-company.seed.json");

    public static IReadOnlyList<SlackTestUser> Workspace { get; } = [Emma, Lena, Colin, Chloe, Sam, Hidden];
}
