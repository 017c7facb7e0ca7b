using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Spokespersons;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Bench;

/// <summary>
/// The scale probe's company: the measured speaker and approver on one account, and everybody else's drafts on
/// another account reviewed by another group, so the measured lists stay at 20 drafts however full storage gets.
/// </summary>
public sealed class ScaleCompany
{
    public const string MeasuredAccount = "linkedin-measured";
    public const string FillerAccount = "linkedin-everyone";
    public static readonly Person Speaker = Person.FromEmail("measured.speaker@contoso.com", "Measured Speaker");
    public static readonly Person Approver = Person.FromEmail("measured.approver@contoso.com", "Measured Approver");
    private static readonly Person Colleague = Person.FromEmail("colleague@contoso.com", "A Colleague");
    private static readonly Person Reviewer = Person.FromEmail("reviewer@contoso.com", "A Reviewer");

    public static async Task<ScaleCompany> SeedAsync(IServiceProvider services)
    {
        var now = DateTimeOffset.UtcNow;
        await services.GetRequiredService<IAccountStore>().SaveAsync(new CompanyAccount(MeasuredAccount, Platform.LinkedIn, "measured", "Measured on LinkedIn", Approver), default);
        await services.GetRequiredService<IAccountStore>().SaveAsync(new CompanyAccount(FillerAccount, Platform.LinkedIn, "everyone", "Everyone on LinkedIn", Reviewer), default);
        await services.GetRequiredService<IApproverGroupStore>().SaveAsync(new ApproverGroup("measured", "Measured review", [Approver]), default);
        await services.GetRequiredService<IApproverGroupStore>().SaveAsync(new ApproverGroup("everyone", "Everyone's review", [Reviewer]), default);
        var routes = services.GetRequiredService<IRouteStore>();
        await routes.SaveAsync(new ApprovalRoute(MeasuredAccount, [new RouteStep([new StageDefinition("Review", "measured", Quorum.AnyOne)])]), default);
        await routes.SaveAsync(new ApprovalRoute(FillerAccount, [new RouteStep([new StageDefinition("Review", "everyone", Quorum.AnyOne)])]), default);
        var grants = services.GetRequiredService<IGrantStore>();
        await grants.SaveAsync(new SpokespersonGrant("measured", Speaker.Id, GrantScope.ForAccount(MeasuredAccount), Approver.Id, now.AddDays(-1)), default);
        await grants.SaveAsync(new SpokespersonGrant("colleague", Colleague.Id, GrantScope.ForAccount(FillerAccount), Reviewer.Id, now.AddDays(-1)), default);
        return new ScaleCompany();
    }

    /// <summary>One colleague's draft, committed through the repository: the rows every filler draft copies.</summary>
    public async Task<string> TemplateDraftAsync(DraftService drafts)
    {
        var result = await drafts.SubmitAsync(Colleague, FillerAccount, DraftContent.TextOnly("Contoso opens its new office in Lyon today. Meet the team at the open house on Friday."), default);
        return result.Succeeded ? result.Value.Overview.Draft.Id : throw new InvalidOperationException(result.Refusal!.Message);
    }
}
