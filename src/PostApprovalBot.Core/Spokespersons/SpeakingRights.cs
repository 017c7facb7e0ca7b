using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Spokespersons;

/// <summary>Decides who speaks for the company: one pure function over the grants.</summary>
public static class SpeakingRights
{
    public static SubmissionPermission MaySubmit(
        PersonId person, CompanyAccount account, IEnumerable<SpokespersonGrant> grants, DateTimeOffset at)
    {
        var ask = $"Ask {account.Owner.DisplayName} ({account.Owner.Id}), who owns {account.Label}, to make you a spokesperson.";
        if (account.Retired)
            return SubmissionPermission.Denied($"{account.Label} is retired: nobody posts on it any more. Talk to {account.Owner.DisplayName} ({account.Owner.Id}).");

        var relevant = grants.Where(g => g.Person == person && g.Scope.Covers(account)).ToList();
        var active = relevant.FirstOrDefault(g => g.IsActiveAt(at));
        if (active is not null)
            return SubmissionPermission.Granted($"Spokesperson for {active.Scope} since {active.GrantedAt:yyyy-MM-dd}.");

        var latest = relevant.OrderByDescending(g => g.RevokedAt ?? g.ExpiresAt ?? g.GrantedAt).FirstOrDefault();
        return latest switch
        {
            { RevokedAt: { } revoked } when revoked <= at =>
                SubmissionPermission.Denied($"Your right to speak for {account.Label} was revoked on {revoked:yyyy-MM-dd}. {ask}"),
            { ExpiresAt: { } expired } when expired <= at =>
                SubmissionPermission.Denied($"Your right to speak for {account.Label} expired on {expired:yyyy-MM-dd HH:mm} UTC. {ask}"),
            { GrantedAt: { } starts } when starts > at =>
                SubmissionPermission.Denied($"Your right to speak for {account.Label} starts on {starts:yyyy-MM-dd}. {ask}"),
            _ => SubmissionPermission.Denied($"You are not an authorized spokesperson of {account.Label}. {ask}"),
        };
    }
}
