using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Policy;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.Spokespersons;

namespace PostApprovalBot.Core.UseCases;

/// <summary>
/// The use cases both channels call: load what the workflow needs, let it decide, commit, tell the sink.
/// Channels never decide; this class never formats.
/// </summary>
public sealed class DraftService(
    CompanyDirectory directory,
    IDraftStore drafts,
    IAuditLog auditLog,
    IDraftEventSink sink,
    TimeProvider clock,
    ChangeAdmission? admission = null)
{
    private const int MaxConflictRetries = 5;
    private readonly ChangeAdmission _admission = admission ?? ChangeAdmission.Default();

    /// <summary>The accounts a person may submit for right now (the choices on the draft form).</summary>
    public async Task<IReadOnlyList<CompanyAccount>> AccountsForAsync(Person person, CancellationToken ct)
    {
        var grants = await directory.GrantsForAsync(person.Id, ct);
        var now = clock.GetUtcNow();
        return (await directory.AccountsAsync(ct))
            .Where(a => SpeakingRights.MaySubmit(person.Id, a, grants, now).Allowed)
            .ToList();
    }

    /// <summary>
    /// The policy findings a submission (or, with <paramref name="revisingDraftId"/>, a revision) of this content would get,
    /// frequency rules included, without submitting it. Speaking rights are not judged here: submitting does that.
    /// </summary>
    public async Task<Result<PolicyReport>> PreviewAsync(Person submitter, string accountId, DraftContent content, CancellationToken ct, string? revisingDraftId = null)
    {
        var context = await directory.SubmissionContextAsync(accountId, submitter.Id, PostsAt(content), ct, revisingDraftId is null ? null : DraftIds.Normalize(revisingDraftId));
        if (context is null) return Result<PolicyReport>.Refused(UnknownAccount(accountId));
        return Result<PolicyReport>.Success(DraftWorkflow.Preview(content, context, clock.GetUtcNow()));
    }

    /// <summary>An account with its posting guidance and rules (null when the account has none), for 'policy &lt;account&gt;'.</summary>
    public async Task<Result<(CompanyAccount Account, PostingPolicy? Policy)>> PostingPolicyAsync(string accountId, CancellationToken ct)
    {
        var account = await directory.AccountAsync(accountId.Trim().ToLowerInvariant(), ct);
        if (account is null) return Result<(CompanyAccount, PostingPolicy?)>.Refused(UnknownAccount(accountId));
        return Result<(CompanyAccount, PostingPolicy?)>.Success((account, (await directory.PolicyAsync(ct)).PostingPolicyFor(account.Id)));
    }

    /// <summary>
    /// Submits a new draft. <paramref name="requestKey"/> is the channel's key of the inbound request, one its retries repeat
    /// (null when the channel has none): a retry of a request whose draft was stored gets that draft back, and nothing is
    /// committed or sent again; the first delivery's outbox row tells the approvers. The same key with other content (a form
    /// sent again with other values) and equal texts under different keys are new drafts.
    /// </summary>
    public async Task<Result<DraftOutcome>> SubmitAsync(Person submitter, string accountId, DraftContent content, CancellationToken ct, string? requestKey = null)
    {
        using var span = WorkflowTracing.Start("submit", null);
        using var slot = await _admission.TryEnterAsync(ct);
        if (slot is null) return Busied(span);
        var context = await directory.SubmissionContextAsync(accountId, submitter.Id, PostsAt(content), ct);
        if (context is null) return await RefuseAsync(submitter, AccountSubject(accountId), null, UnknownAccount(accountId), ct);
        var request = requestKey is null ? null : SubmissionRequest.Of(submitter.Id, requestKey, context.Account.Id, content);
        for (var attempt = 0; attempt < MaxConflictRetries; attempt++)
        {
            var id = request?.DraftId(attempt) ?? DraftIds.New();
            var change = DraftWorkflow.Submit(id, submitter, content, context, clock.GetUtcNow(), request?.Fingerprint);
            if (!change.Succeeded)
            {
                // A retry is judged again, and its own first delivery may now be the reason to refuse (the account's posts
                // of the day, a grant that ended since): a request whose draft is stored gets that draft, not a refusal.
                if (await StoredForAsync(request, id, ct) is { } earlier) return Replayed(span, earlier, context);
                return await RefuseAsync(submitter, AccountSubject(accountId), null, change.Refusal!, ct);
            }
            span?.SetTag(WorkflowTracing.DraftIdTag, id);
            if (await drafts.CommitAsync(change.Value, null, ct) is { Outcome: CommitOutcome.Committed } committed)
                return await PublishAsync(change.Value, context.Account, context.Groups, committed, ct);
            // The id is taken: by this very request's earlier delivery, or by another draft, and the next id is tried.
            if (await StoredForAsync(request, id, ct) is { } stored) return Replayed(span, stored, context);
        }
        throw new InvalidOperationException("Could not find a free draft id.");
    }

    /// <summary>
    /// The draft this request's earlier delivery stored under <paramref name="id"/>, or null. Read only when a submission
    /// meets a refusal or a taken id, so a first delivery costs no read.
    /// </summary>
    private async Task<Draft?> StoredForAsync(SubmissionRequest? request, string id, CancellationToken ct) =>
        request is not null && await drafts.GetAsync(id, ct) is { } stored && stored.Draft.RequestFingerprint == request.Fingerprint
            ? stored.Draft
            : null;

    // Not published: the first delivery's notification was committed with its draft, and the outbox sends it once.
    private Result<DraftOutcome> Replayed(System.Diagnostics.Activity? span, Draft draft, SubmissionContext context)
    {
        span?.SetTag(WorkflowTracing.ReplayedTag, true);
        return Result<DraftOutcome>.Success(new DraftOutcome(new DraftChange(draft, draft, null, [], []), Overview(draft, context.Account, context.Groups)));
    }

    public Task<Result<DraftOutcome>> DecideAsync(
        Person actor, string draftId, string stageName, int revision, Verdict verdict, string? comment, CancellationToken ct, string? suggestedText = null) =>
        ChangeAsync("decide", actor, draftId, revision, (draft, groups, _) =>
            Task.FromResult(DraftWorkflow.Decide(draft, actor, stageName, revision, verdict, comment, groups, clock.GetUtcNow(), suggestedText)), ct);

    public Task<Result<DraftOutcome>> AcceptSuggestionAsync(Person actor, string draftId, CancellationToken ct) =>
        ChangeAsync("accept-suggestion", actor, draftId, null, async (draft, _, account) =>
        {
            var context = await directory.SubmissionContextAsync(account.Id, draft.Submitter.Id, PostsAt(draft.CurrentRevision.Content), ct, draft.Id);
            return DraftWorkflow.AcceptSuggestion(draft, actor, context!, clock.GetUtcNow());
        }, ct);

    /// <summary>Called by the clock: a draft whose publication time passed while still under review expires.</summary>
    public Task<Result<DraftOutcome>> ExpireAsync(string draftId, CancellationToken ct) =>
        ChangeAsync("expire", SystemActor.Bot, draftId, null, (draft, _, _) => Task.FromResult(DraftWorkflow.Expire(draft, clock.GetUtcNow())), ct);

    /// <summary>Only through <see cref="Administration.DraftOverrides"/>, which checks that the actor is an administrator.</summary>
    internal Task<Result<DraftOutcome>> OverrideAsync(Person admin, string draftId, Verdict verdict, string reason, CancellationToken ct) =>
        ChangeAsync("override", admin, draftId, null, (draft, _, _) => Task.FromResult(DraftWorkflow.Override(draft, admin, verdict, reason, clock.GetUtcNow())), ct);

    public Task<Result<DraftOutcome>> WithdrawAsync(Person actor, string draftId, CancellationToken ct) =>
        ChangeAsync("withdraw", actor, draftId, null, (draft, _, _) => Task.FromResult(DraftWorkflow.Withdraw(draft, actor, clock.GetUtcNow())), ct);

    public Task<Result<DraftOutcome>> ReviseAsync(Person actor, string draftId, DraftContent content, CancellationToken ct) =>
        ChangeAsync("revise", actor, draftId, null, async (draft, _, account) =>
        {
            var context = await directory.SubmissionContextAsync(account.Id, draft.Submitter.Id, PostsAt(content), ct, draft.Id);
            return DraftWorkflow.Revise(draft, actor, content, context!, clock.GetUtcNow());
        }, ct);

    public async Task<Result<DraftOverview>> GetAsync(string draftId, CancellationToken ct)
    {
        var stored = await drafts.GetAsync(DraftIds.Normalize(draftId), ct);
        if (stored is null) return Result<DraftOverview>.Refused(UnknownDraft(draftId));
        var account = await directory.AccountAsync(stored.Draft.AccountId, ct);
        return Result<DraftOverview>.Success(Overview(stored.Draft, account!, await directory.GroupsAsync(ct)));
    }

    public async Task<IReadOnlyList<DraftOverview>> MyDraftsAsync(Person person, int max, CancellationToken ct) =>
        await OverviewsAsync(await drafts.ListBySubmitterAsync(person.Id, max, ct), ct);

    public async Task<IReadOnlyList<DraftOverview>> WaitingForAsync(Person person, int max, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var actsFor = (await directory.GroupsAsync(ct)).Values.Where(g => g.PrincipalFor(person.Id, now) is not null).Select(g => g.Id).ToList();
        return await OverviewsAsync(await drafts.ListPendingForAsync(person.Id, actsFor, max, ct), ct);
    }

    private async Task<Result<DraftOutcome>> ChangeAsync(
        string operation, Person actor, string draftId, int? revision,
        Func<Draft, IReadOnlyDictionary<string, Routing.ApproverGroup>, CompanyAccount, Task<Result<DraftChange>>> decide,
        CancellationToken ct)
    {
        var id = DraftIds.Normalize(draftId);
        using var span = WorkflowTracing.Start(operation, id);
        using var slot = await _admission.TryEnterAsync(ct);
        if (slot is null) return Busied(span);
        var groups = await directory.GroupsAsync(ct);
        for (var attempt = 0; attempt < MaxConflictRetries; attempt++)
        {
            var stored = await drafts.GetForChangeAsync(id, ct);
            if (stored is null) return await RefuseAsync(actor, id, revision, UnknownDraft(draftId), ct);
            var account = await directory.AccountAsync(stored.Draft.AccountId, ct)
                ?? throw new InvalidOperationException($"Draft {id} names account {stored.Draft.AccountId}, which does not exist.");
            var change = await decide(stored.Draft, groups, account);
            if (!change.Succeeded) return await RefuseAsync(actor, id, revision, change.Refusal!, ct);
            // On a conflict someone acted first: read again and let the workflow judge the newer state.
            if (await drafts.CommitAsync(change.Value, stored.Version, ct) is { Outcome: CommitOutcome.Committed } committed)
                return await PublishAsync(change.Value, account, groups, committed, ct);
        }
        return await RefuseAsync(actor, id, revision,
            new Refusal(RefusalCode.Busy, "Too many people are acting on this draft at once; nothing was recorded. Try again in a moment."), ct);
    }

    private async Task<Result<DraftOutcome>> PublishAsync(
        DraftChange change, CompanyAccount account, IReadOnlyDictionary<string, Routing.ApproverGroup> groups, CommitResult committed, CancellationToken ct)
    {
        var outcome = new DraftOutcome(change, Overview(change.After, account, groups), committed.Notification);
        await sink.OnCommittedAsync(outcome, ct);
        return Result<DraftOutcome>.Success(outcome);
    }

    private static Result<DraftOutcome> Busied(System.Diagnostics.Activity? span)
    {
        span?.SetTag(WorkflowTracing.RefusalCodeTag, Busy.Code.ToString());
        return Result<DraftOutcome>.Refused(Busy);
    }

    private async Task<Result<DraftOutcome>> RefuseAsync(Person actor, string subject, int? revision, Refusal refusal, CancellationToken ct)
    {
        WorkflowTracing.Refused(refusal.Code);
        await auditLog.AppendAsync(new AuditEvent(subject, AuditActions.ActionRefused, actor, clock.GetUtcNow(), revision, null, null,
            $"{refusal.Code}: {refusal.Message}"), ct);
        return Result<DraftOutcome>.Refused(refusal);
    }

    private async Task<IReadOnlyList<DraftOverview>> OverviewsAsync(IReadOnlyList<Draft> list, CancellationToken ct)
    {
        var groups = await directory.GroupsAsync(ct);
        var accounts = (await directory.AccountsAsync(ct)).ToDictionary(a => a.Id);
        return list.Where(d => accounts.ContainsKey(d.AccountId)).Select(d => Overview(d, accounts[d.AccountId], groups)).ToList();
    }

    // The active delegates of a stage's members may decide in their name, so they see and act on the stage like members.
    private DraftOverview Overview(Draft draft, CompanyAccount account, IReadOnlyDictionary<string, Routing.ApproverGroup> groups)
    {
        var now = clock.GetUtcNow();
        var members = draft.Route.AllStages.ToDictionary(
            s => s.Name,
            s => (IReadOnlyList<Person>)(groups.TryGetValue(s.ApproverGroupId, out var g)
                ? g.Members.Where(m => m.Id != draft.Submitter.Id)
                    .SelectMany(m => g.DelegatesOf(m.Id, now).Prepend(m))
                    .Where(p => p.Id != draft.Submitter.Id)
                    .DistinctBy(p => p.Id)
                    .ToList()
                : []));
        return new(draft, account, StageEvaluator.All(draft, groups), members);
    }

    // When a post of this content would go out: the frequency rules look at the account's other posts around then.
    private DateTimeOffset PostsAt(DraftContent content) => content.Schedule?.Utc ?? clock.GetUtcNow();

    // Not audited: nothing was attempted, and writing an audit row is exactly what an overloaded host cannot afford.
    private static readonly Refusal Busy =
        new(RefusalCode.Busy, "I am very busy right now and did not record anything. Please try again in a few seconds.");

    // The account id is as typed (a form field): an unknown one longer than any account id is cut, so the audit subject fits a table key.
    private static string AccountSubject(string accountId) => "account:" + (accountId.Length > 64 ? accountId[..64] : accountId);

    private static Refusal UnknownDraft(string id) =>
        new(RefusalCode.NotFound, $"There is no draft '{id}'. Type 'my drafts' to see yours, or 'pending' for those waiting for you.");

    private static Refusal UnknownAccount(string id) =>
        new(RefusalCode.NotFound, $"There is no company account '{id}'. Type 'new' to pick one from the list of accounts you may speak for.");
}
