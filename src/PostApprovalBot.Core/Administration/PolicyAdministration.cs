using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Policy;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Core.Administration;

/// <summary>The lexicon and the link-domain allow-list.</summary>
public sealed class PolicyAdministration(AdminGate gate, IPolicyStore policy)
{
    private const string Area = "policy";

    public Task<PolicyDocument> GetAsync(CancellationToken ct) => policy.GetDocumentAsync(ct);

    public Task<Result<PolicyDocument>> SetTermAsync(Person actor, LexiconTerm term, CancellationToken ct) =>
        ChangeAsync(actor, "change the lexicon", "lexicon.term-set", doc => string.IsNullOrWhiteSpace(term.Term)
            ? Result<PolicyDocument>.Refused(RefusalCode.InvalidInput, "A lexicon term cannot be empty.")
            : Result<PolicyDocument>.Success(doc with { Lexicon = [.. doc.Lexicon.Where(t => !Same(t.Term, term.Term)), term with { Term = term.Term.Trim() }] }), ct);

    public Task<Result<PolicyDocument>> RemoveTermAsync(Person actor, string term, CancellationToken ct) =>
        ChangeAsync(actor, "change the lexicon", "lexicon.term-removed", doc => doc.Lexicon.Any(t => Same(t.Term, term))
            ? Result<PolicyDocument>.Success(doc with { Lexicon = doc.Lexicon.Where(t => !Same(t.Term, term)).ToList() })
            : Result<PolicyDocument>.Refused(RefusalCode.NotFound, $"'{term}' is not in the lexicon."), ct);

    public Task<Result<PolicyDocument>> AllowDomainAsync(Person actor, string domain, CancellationToken ct) =>
        ChangeAsync(actor, "change the link allow-list", "links.domain-allowed", doc => Uri.CheckHostName(domain.Trim()) != UriHostNameType.Dns
            ? Result<PolicyDocument>.Refused(RefusalCode.InvalidInput, $"'{domain}' is not a domain name like contoso.com.")
            : Result<PolicyDocument>.Success(doc with { AllowedLinkDomains = [.. doc.AllowedLinkDomains.Where(d => !Same(d, domain)), domain.Trim().ToLowerInvariant()] }), ct);

    public Task<Result<PolicyDocument>> RemoveDomainAsync(Person actor, string domain, CancellationToken ct) =>
        ChangeAsync(actor, "change the link allow-list", "links.domain-removed", doc => doc.AllowedLinkDomains.Any(d => Same(d, domain))
            ? Result<PolicyDocument>.Success(doc with { AllowedLinkDomains = doc.AllowedLinkDomains.Where(d => !Same(d, domain)).ToList() })
            : Result<PolicyDocument>.Refused(RefusalCode.NotFound, $"{domain} is not on the allow-list."), ct);

    public Task<Result<PolicyDocument>> SetPostingPolicyAsync(Person actor, PostingPolicy posting, CancellationToken ct) =>
        ChangeAsync(actor, "change posting policies", "posting-policy.set", doc => posting.Validate() is { } problem
            ? Result<PolicyDocument>.Refused(RefusalCode.InvalidInput, problem)
            : Result<PolicyDocument>.Success(doc with { AccountPolicies = [.. (doc.AccountPolicies ?? []).Where(p => p.AccountId != posting.AccountId), posting] }), ct);

    private async Task<Result<PolicyDocument>> ChangeAsync(
        Person actor, string operation, string action, Func<PolicyDocument, Result<PolicyDocument>> change, CancellationToken ct)
    {
        if (await gate.CheckAsync(actor, operation, ct) is { } refused) return refused;
        var before = await policy.GetDocumentAsync(ct);
        var after = change(before);
        if (!after.Succeeded) return after;
        await policy.SaveAsync(after.Value, ct);
        await gate.RecordAsync(actor, Area, action, before, after.Value, ct);
        return after;
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
