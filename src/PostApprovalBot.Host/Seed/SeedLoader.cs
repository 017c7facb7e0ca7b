using System.Text.Json;
using Microsoft.Extensions.Options;
using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Policy;
using PostApprovalBot.Core.Spokespersons;
using PostApprovalBot.Host.Inputs;

namespace PostApprovalBot.Host.Seed;

/// <summary>
/// Applies the seed file at startup: a starting point, never an override. Each account, approver group, route and grant is
/// written only when storage has none by that id, and the policy only while storage holds none, so what admins change
/// afterwards (a member added to a group, a term added, a grant revoked) survives every restart, and running it twice
/// changes nothing.
/// </summary>
public sealed class SeedLoader(
    IOptions<SeedOptions> options, IHostEnvironment environment, IAccountStore accounts, IApproverGroupStore groups,
    IGrantStore grants, IRouteStore routes, IPolicyStore policy, TimeProvider clock, ILogger<SeedLoader> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public async Task ApplyAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(options.Value.Path)) return;
        var path = Resolve(options.Value.Path);
        var seed = JsonSerializer.Deserialize<SeedDocument>(await File.ReadAllTextAsync(path, ct), Json)
            ?? throw new InvalidOperationException($"The seed file {path} is empty.");
        await ApplyAsync(seed, ct);
        logger.LogInformation("Seed {Path} applied.", options.Value.Path);
    }

    public async Task ApplyAsync(SeedDocument seed, CancellationToken ct)
    {
        var system = Person.FromEmail("seed@postapprovalbot.local", "Seed");
        var knownAccounts = (await accounts.ListAsync(ct)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var a in seed.Accounts ?? [])
        {
            var platform = ParsePlatform(a.Platform);
            var id = CompanyAccount.MakeId(platform, a.Handle);
            if (!knownAccounts.Contains(id)) await accounts.SaveAsync(new CompanyAccount(id, platform, a.Handle, a.DisplayName, ToPerson(a.Owner)), ct);
        }
        var knownGroups = await groups.GetAllAsync(ct);
        foreach (var g in (seed.Groups ?? []).Where(g => !knownGroups.ContainsKey(g.Id)))
            await groups.SaveAsync(new ApproverGroup(g.Id, g.Name, g.Members.Select(ToPerson).ToList(), g.Escalation is null ? null : ToPerson(g.Escalation)), ct);
        foreach (var r in seed.Routes ?? [])
            if (await routes.GetAsync(r.Account, ct) is null)
                await routes.SaveAsync(new ApprovalRoute(r.Account, r.Steps.Select(step => new RouteStep(step.Select(ToStage).ToList())).ToList()), ct);
        foreach (var s in seed.Spokespersons ?? [])
            await SeedGrantAsync(s, system.Id, ct);
        // The policy is one document: seeded while storage holds none (a policy an admin emptied on purpose comes back; say so in the seed's comment).
        if (seed.Policy is { } p && IsEmpty(await policy.GetDocumentAsync(ct)))
            await policy.SaveAsync(new PolicyDocument((p.Lexicon ?? []).Select(ToTerm).ToList(), p.AllowedLinkDomains ?? [], [], p.PostingPolicies ?? []), ct);
    }

    private static bool IsEmpty(PolicyDocument document) =>
        document.Lexicon.Count == 0 && document.AllowedLinkDomains.Count == 0 && document.PlatformOverrides.Count == 0 && (document.AccountPolicies?.Count ?? 0) == 0;

    private async Task SeedGrantAsync(SeedSpokesperson s, PersonId grantedBy, CancellationToken ct)
    {
        var person = PersonId.FromEmail(s.Email);
        var scope = s.Account is not null ? GrantScope.ForAccount(s.Account) : GrantScope.ForPlatform(ParsePlatform(s.Platform));
        var id = $"seed-{scope}".Replace(' ', '-');
        if ((await grants.ListForPersonAsync(person, ct)).Any(g => g.Id == id)) return;
        await grants.SaveAsync(new SpokespersonGrant(id, person, scope, grantedBy, clock.GetUtcNow(), s.Expires), ct);
    }

    // The seed ships next to the binaries (published) and under the content root (dotnet run).
    private string Resolve(string relative)
    {
        var fromContentRoot = Path.Combine(environment.ContentRootPath, relative);
        var fromBinaries = Path.Combine(AppContext.BaseDirectory, relative);
        return File.Exists(fromContentRoot) || !File.Exists(fromBinaries) ? fromContentRoot : fromBinaries;
    }

    private static Person ToPerson(PersonInput p) => p.ToPerson();

    private static StageDefinition ToStage(StageInput s) =>
        s.ToStage() ?? throw new InvalidOperationException($"Seed stage {s.Name}: quorum '{s.Quorum}' is not 'any', 'all' or a number.");

    private static LexiconTerm ToTerm(SeedTerm t) => new(t.Term,
        Enum.TryParse<LexiconAction>(t.Action, true, out var action) ? action : throw new InvalidOperationException($"Seed term '{t.Term}': action must be block or flag."),
        t.ExtraGroup, t.Reason);

    private static Platform ParsePlatform(string? name) =>
        PlatformNames.TryParse(name, out var platform) ? platform : throw new InvalidOperationException($"Seed: '{name}' is not a platform.");
}
