using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Core.UseCases;

/// <summary>
/// Decides who must hear about a committed change, on every channel where they can be reached:
/// new approvers get a card, every card already posted is brought up to date, and the submitter is
/// told the outcome. An approver the bot has never met is looked for by e-mail (<see cref="IContactFinder"/>);
/// one reachable on no channel is named to the submitter once per draft, never skipped silently.
/// One failed message does not hold up the others: every failure is collected and thrown together at the
/// end, so the outbox retries the change. A retry posts only what is missing (posted cards are remembered
/// per draft, channel, role, person and stage) and brings the rest up to date again.
/// </summary>
public sealed class DraftNotifier(
    IEnumerable<IChatMessenger> messengers, IChatDirectory directory, IPostedCardStore cards,
    IEnumerable<IContactFinder>? finders = null, IOnceOnlyClaims? claims = null) : IDraftEventSink
{
    /// <summary>Claims scope of "the submitter was told about this person (or this missing permission) for this draft".</summary>
    public const string ReachNoticeScope = "reach-notice";

    private static readonly DraftEventKind[] ToldToSubmitter =
        [DraftEventKind.Approved, DraftEventKind.Rejected, DraftEventKind.ChangesRequested, DraftEventKind.Expired];

    private readonly IReadOnlyList<IChatMessenger> _messengers = [.. messengers];
    private readonly IReadOnlyList<IContactFinder> _finders = [.. finders ?? []];

    public async Task OnCommittedAsync(DraftOutcome outcome, CancellationToken cancellationToken)
    {
        var overview = outcome.Overview;
        var draft = overview.Draft;
        var round = new Round(await cards.ListAsync(draft.Id, cancellationToken), new ContactMemo(directory));
        round.Reach = new ApproverReach(_messengers, round.Contacts, _finders, round.Failures);

        await RefreshPostedCardsAsync(overview, round, cancellationToken);
        var unreachable = new List<Person>();
        var missing = new HashSet<ChatChannel>();
        try
        {
            if (outcome.Change.Events.Any(e => e.Kind == DraftEventKind.StepStarted))
                await RequestReviewsAsync(overview, round, unreachable, missing, cancellationToken);
            if (outcome.Change.Events.Any(e => e.Kind == DraftEventKind.Submitted))
                await PostStatusAsync(overview, round, cancellationToken);
        }
        finally
        {
            // The new cards of this round in one write (one transaction): remembered even when a later message fails.
            if (round.NewCards.Count > 0) await AttemptAsync(round.Failures, () => cards.SaveAllAsync(round.NewCards, cancellationToken));
        }

        await TellSubmitterAsync(outcome, round, unreachable, missing, cancellationToken);

        if (round.Failures.Count > 0)
            throw new AggregateException($"{round.Failures.Count} message(s) about draft {draft.Id} could not be sent; the outbox will try again.", round.Failures);
    }

    private async Task TellSubmitterAsync(DraftOutcome outcome, Round round, List<Person> unreachable, HashSet<ChatChannel> missing, CancellationToken ct)
    {
        var overview = outcome.Overview;
        var draftId = overview.Draft.Id;
        // Each unreachable person and each missing permission is told once per draft, whatever the steps and retries.
        var toldNow = new List<string>();
        var people = new List<Person>();
        foreach (var person in unreachable.DistinctBy(p => p.Id))
            if (await ClaimAsync($"{draftId}|{person.Id}", toldNow, ct)) people.Add(person);
        var channels = new List<ChatChannel>();
        foreach (var channel in missing.Order())
            if (await ClaimAsync($"{draftId}|permission|{channel}", toldNow, ct)) channels.Add(channel);

        var notable = outcome.Change.Events.FirstOrDefault(e => ToldToSubmitter.Contains(e.Kind));
        if (notable is null && people.Count == 0 && channels.Count == 0) return;
        var notice = new SubmitterNotice(overview, notable ?? outcome.Change.Events[^1], people) { MissingPermissions = channels };
        var failuresBefore = round.Failures.Count;
        await ForEachContactAsync(overview.Draft.Submitter.Id, round, (m, c) => m.TellSubmitterAsync(c, notice, ct), ct);
        if (round.Failures.Count > failuresBefore && claims is not null)
        {
            // Not told after all: the retry must tell them.
            foreach (var key in toldNow) await AttemptAsync(round.Failures, () => claims.ReleaseAsync(ReachNoticeScope, key, ct));
        }
    }

    private async Task<bool> ClaimAsync(string key, List<string> claimed, CancellationToken ct)
    {
        if (claims is null) return true;
        if (!await claims.TryClaimAsync(ReachNoticeScope, key, ct)) return false;
        claimed.Add(key);
        return true;
    }

    private async Task RefreshPostedCardsAsync(DraftOverview overview, Round round, CancellationToken ct)
    {
        foreach (var card in round.Posted)
        {
            if (_messengers.FirstOrDefault(m => m.Channel == card.Channel) is not { } messenger) continue;
            var contact = await round.Contacts.FindByPersonAsync(card.Channel, card.Person, ct);
            if (contact is null) continue;
            await AttemptAsync(round.Failures, () => card.Role == PostedCardRole.Status
                ? messenger.UpdateStatusCardAsync(contact, card, overview, ct)
                : messenger.UpdateApprovalCardAsync(contact, card, ReviewerView.For(overview, card.Person, card.StageName ?? ""), ct));
        }
    }

    private async Task RequestReviewsAsync(DraftOverview overview, Round round, List<Person> unreachable, HashSet<ChatChannel> missing, CancellationToken ct)
    {
        var draft = overview.Draft;
        foreach (var stage in overview.Stages.Where(s => s.StepIndex == draft.StepIndex && s.Outcome == StageOutcome.Waiting))
        {
            foreach (var approver in draft.PendingApprovers)
            {
                var view = ReviewerView.For(overview, approver, stage.Stage.Name);
                if (!view.CanAct || !IsMember(overview, approver, stage)) continue;
                var person = overview.StageMembers[stage.Stage.Name].First(p => p.Id == approver);
                var reach = await round.Reach!.ReachAsync(person, ct);
                missing.UnionWith(reach.MissingPermissions);
                foreach (var (messenger, contact, firstContact) in reach.Contacts)
                {
                    if (round.Posted.Any(p => p.Channel == messenger.Channel && p.Person == approver && p.Role == PostedCardRole.Approval && p.StageName == stage.Stage.Name))
                        continue;
                    var shown = firstContact
                        ? view with { Introduction = new ReviewIntroduction(draft.Submitter, overview.Account.DisplayName, stage.Stage.Name) }
                        : view;
                    await AttemptAsync(round.Failures, async () =>
                    {
                        var address = await messenger.PostApprovalCardAsync(contact, shown, ct);
                        round.NewCards.Add(new PostedCard(draft.Id, messenger.Channel, PostedCardRole.Approval, approver, address, stage.Stage.Name));
                    });
                }
                if (!reach.Reachable && !unreachable.Any(p => p.Id == approver)) unreachable.Add(person);
            }
        }
    }

    // A retried notification of a submission finds the status card already posted and leaves it be.
    private Task PostStatusAsync(DraftOverview overview, Round round, CancellationToken ct) =>
        ForEachContactAsync(overview.Draft.Submitter.Id, round, async (messenger, contact) =>
        {
            if (round.Posted.Any(p => p.Channel == messenger.Channel && p.Role == PostedCardRole.Status && p.Person == contact.Person.Id)) return;
            var address = await messenger.PostStatusCardAsync(contact, overview, ct);
            round.NewCards.Add(new PostedCard(overview.Draft.Id, messenger.Channel, PostedCardRole.Status, contact.Person.Id, address));
        }, ct);

    /// <summary>
    /// Runs the action on every channel where the person can be reached; false when there is none. A failed
    /// action is collected, and the person still counts as reachable: the retry will reach them.
    /// </summary>
    private async Task<bool> ForEachContactAsync(PersonId person, Round round, Func<IChatMessenger, ChatContact, Task> action, CancellationToken ct)
    {
        var reached = false;
        foreach (var messenger in _messengers)
        {
            var contact = await round.Contacts.FindByPersonAsync(messenger.Channel, person, ct);
            if (contact?.Address is null) continue;
            await AttemptAsync(round.Failures, () => action(messenger, contact));
            reached = true;
        }
        return reached;
    }

    private static async Task AttemptAsync(List<Exception> failures, Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failures.Add(e);
        }
    }

    // Pending approvers span every waiting stage of the step; each card is for a stage the person belongs to (or stands in for).
    private static bool IsMember(DraftOverview overview, PersonId approver, StageProgress stage) =>
        overview.StageMembers.TryGetValue(stage.Stage.Name, out var members) && members.Any(m => m.Id == approver);

    /// <summary>One delivery's state: the cards already posted, contacts looked up once, new cards to remember, failures.</summary>
    private sealed record Round(IReadOnlyList<PostedCard> Posted, ContactMemo Contacts)
    {
        public ApproverReach? Reach { get; set; }

        public List<PostedCard> NewCards { get; } = [];

        public List<Exception> Failures { get; } = [];
    }
}
