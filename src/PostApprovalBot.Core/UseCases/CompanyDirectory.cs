using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Policy;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Spokespersons;

namespace PostApprovalBot.Core.UseCases;

/// <summary>Reads the company's configuration (accounts, grants, routes, groups, policy) for the use cases.</summary>
public sealed class CompanyDirectory(
    IAccountStore accounts,
    IGrantStore grants,
    IRouteStore routes,
    IApproverGroupStore groups,
    IPolicySettingsSource policy,
    IDraftStore drafts)
{
    public Task<CompanyAccount?> AccountAsync(string accountId, CancellationToken ct) => accounts.GetAsync(accountId, ct);

    public Task<IReadOnlyList<CompanyAccount>> AccountsAsync(CancellationToken ct) => accounts.ListAsync(ct);

    public Task<IReadOnlyList<SpokespersonGrant>> GrantsForAsync(PersonId person, CancellationToken ct) => grants.ListForPersonAsync(person, ct);

    public Task<IReadOnlyDictionary<string, ApproverGroup>> GroupsAsync(CancellationToken ct) => groups.GetAllAsync(ct);

    public Task<PolicySettings> PolicyAsync(CancellationToken ct) => policy.GetAsync(ct);

    public async Task<ApprovalRoute> RouteAsync(string accountId, CancellationToken ct) =>
        await routes.GetAsync(accountId, ct) ?? ApprovalRoute.Default(accountId);

    /// <summary>Everything the workflow needs to judge a submission by this person for this account; null for an unknown account.</summary>
    public async Task<SubmissionContext?> SubmissionContextAsync(
        string accountId, PersonId submitter, DateTimeOffset postsAt, CancellationToken ct, string? revisingDraftId = null)
    {
        var account = await accounts.GetAsync(accountId, ct);
        if (account is null) return null;
        var settings = await policy.GetAsync(ct);
        return new SubmissionContext(
            account,
            await RouteAsync(account.Id, ct),
            await groups.GetAllAsync(ct),
            await grants.ListForPersonAsync(submitter, ct),
            settings,
            settings.PostingPolicyFor(account.Id) is null
                ? []
                : await drafts.PostTimesAsync(account.Id, postsAt - FrequencyWindow, postsAt + FrequencyWindow, revisingDraftId, ct));
    }

    // The frequency rules count posts on the same local day and in the same ISO week: eight days either side covers both in any time zone.
    private static readonly TimeSpan FrequencyWindow = TimeSpan.FromDays(8);
}
