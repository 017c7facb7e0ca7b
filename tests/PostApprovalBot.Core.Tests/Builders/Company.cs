using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Policy;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Spokespersons;

namespace PostApprovalBot.Core.Tests.Builders;

/// <summary>
/// A small company to test against: one LinkedIn account owned by Owen, Sam as its spokesperson,
/// legal/compliance/communications groups of two people each, the default route and a clock.
/// Every With… method changes one thing, so a test shows only what matters to it.
/// </summary>
public sealed class Company
{
    public const string DraftId = "P-TEST01";
    public const string PlainText = "We are proud to welcome twelve new colleagues to our Lyon office this month.";
    public static readonly DateTimeOffset Monday = new(2025, 6, 2, 9, 0, 0, TimeSpan.Zero);

    public Company()
    {
        Account = new CompanyAccount(CompanyAccount.MakeId(Platform.LinkedIn, "acme"), Platform.LinkedIn, "acme", "Acme", Staff.Owen);
        Route = ApprovalRoute.Default(Account.Id);
        WithGroup(ApprovalRoute.Legal, Staff.Lea, Staff.Leo);
        WithGroup(ApprovalRoute.Compliance, Staff.Cora, Staff.Cole);
        WithGroup(ApprovalRoute.Communications, Staff.Mia, Staff.Max);
        Grants.Add(new SpokespersonGrant("grant-sam", Staff.Sam.Id, GrantScope.ForAccount(Account.Id), Staff.Owen.Id, Monday.AddDays(-30)));
    }

    public Clock Clock { get; } = new(Monday);

    public CompanyAccount Account { get; private set; }

    public Dictionary<string, ApproverGroup> Groups { get; } = [];

    public List<SpokespersonGrant> Grants { get; } = [];

    public ApprovalRoute Route { get; private set; }

    public PolicySettings Policy { get; private set; } = PolicySettings.Default;

    public SubmissionContext Context => new(Account, Route, Groups, Grants, Policy);

    public Company WithGroup(string id, params Person[] members)
    {
        Groups[id] = new ApproverGroup(id, char.ToUpperInvariant(id[0]) + id[1..], members);
        return this;
    }

    public Company WithRoute(params RouteStep[] steps)
    {
        Route = new ApprovalRoute(Account.Id, steps);
        return this;
    }

    public Company WithLexicon(params LexiconTerm[] terms)
    {
        Policy = Policy with { Lexicon = terms };
        return this;
    }

    public Company WithAllowedDomains(params string[] domains)
    {
        Policy = Policy with { AllowedLinkDomains = domains };
        return this;
    }

    public Company WithPostingPolicy(PostingPolicy posting)
    {
        Policy = Policy with { AccountPolicies = [posting] };
        return this;
    }

    public Company WithoutGrants()
    {
        Grants.Clear();
        return this;
    }

    public Company WithRetiredAccount()
    {
        Account = Account with { Retired = true };
        return this;
    }

    public static RouteStep Step(params StageDefinition[] stages) => new(stages);

    public static StageDefinition Stage(string groupId, Quorum? quorum = null) =>
        new(char.ToUpperInvariant(groupId[0]) + groupId[1..], groupId, quorum ?? Quorum.AnyOne);

    public Result<DraftChange> Submit(string text = PlainText, Person? by = null) => Submit(DraftContent.TextOnly(text), by);

    public Result<DraftChange> Submit(DraftContent content, Person? by = null) =>
        DraftWorkflow.Submit(DraftId, by ?? Staff.Sam, content, Context, Clock.Now);

    public Draft Submitted(string text = PlainText) => Expect(Submit(text)).After;

    public Result<DraftChange> Decide(Draft draft, Person approver, string stage, Verdict verdict, string? comment = null, int? revision = null) =>
        DraftWorkflow.Decide(draft, approver, stage, revision ?? draft.CurrentRevision.Number, verdict, comment, Groups, Clock.Now);

    public Draft Approve(Draft draft, Person approver, string stage) => Expect(Decide(draft, approver, stage, Verdict.Approve)).After;

    public Draft RequestChanges(Draft draft, Person approver, string stage, string comment = "Please name the source of the figure.") =>
        Expect(Decide(draft, approver, stage, Verdict.RequestChanges, comment)).After;

    public Result<DraftChange> Revise(Draft draft, string text, Person? by = null) =>
        DraftWorkflow.Revise(draft, by ?? Staff.Sam, DraftContent.TextOnly(text), Context, Clock.Now);

    public Draft Revised(Draft draft, string text) => Expect(Revise(draft, text)).After;

    /// <summary>Submitted and approved by legal, so compliance decides next.</summary>
    public Draft AtCompliance() => Approve(Submitted(), Staff.Lea, "Legal");

    public static DraftChange Expect(Result<DraftChange> result) =>
        result.Succeeded ? result.Value : throw new Xunit.Sdk.XunitException($"Expected success, but it was refused: {result.Refusal}");

    public static Refusal ExpectRefusal<T>(Result<T> result) =>
        result.Refusal ?? throw new Xunit.Sdk.XunitException("Expected a refusal, but it succeeded.");
}
