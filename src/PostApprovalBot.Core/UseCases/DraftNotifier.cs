using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Core.UseCases;

/// <summary>
/// Decides who must hear about a committed change, on every channel where they can be reached:
/// new approvers get a card, every card already posted is brought up to date, and the submitter is
/// told the outcome. An approver reachable on no channel is named to the submitter, never skipped silently.
/// One failed message does not hold up the others: every failure is collected and thrown together at the
/// end, so the outbox retries the change. A retry posts only what is missing (posted cards are remembered
/// per draft, channel, role, person and stage) and brings the rest up to date again.
/// </summary>
public sealed class DraftNotifier(IEnumerable<IChatMessenger> messengers, IChatDirectory directory, IPostedCardStore cards) : IDraftEventSink
{
    private static readonly DraftEventKind[] ToldToSubmitter =
        [DraftEventKind.Approved, DraftEventKind.Rejected, DraftEventKind.ChangesRequested, DraftEventKind.Expired];

    public async Task OnCommittedAsync(DraftOutcome outcome, CancellationToken cancellationToken)
    {
        var overview = outcome.Overview;
        var draft = overview.Draft;
        var contacts = new ContactMemo(directory);
        var failures = new List<Exception>();
        var posted = new List<PostedCard>();
        foreach (var messenger in messengers)
            posted.AddRange(await cards.ListAsync(draft.Id, messenger.Channel, cancellationToken));

        await RefreshPostedCardsAsync(overview, posted, contacts, failures, cancellationToken);
        var unreachable = new List<Person>();
        if (outcome.Change.Events.Any(e => e.Kind == DraftEventKind.StepStarted))
            unreachable.AddRange(await RequestReviewsAsync(overview, posted, contacts, failures, cancellationToken));
        if (outcome.Change.Events.Any(e => e.Kind == DraftEventKind.Submitted))
            await PostStatusAsync(overview, posted, contacts, failures, cancellationToken);

        var notable = outcome.Change.Events.FirstOrDefault(e => ToldToSubmitter.Contains(e.Kind));
        if (notable is not null || unreachable.Count > 0)
        {
            var notice = new SubmitterNotice(overview, notable ?? outcome.Change.Events[^1], unreachable);
            await ForEachContactAsync(draft.Submitter.Id, contacts, (m, c) => m.TellSubmitterAsync(c, notice, cancellationToken), failures, cancellationToken);
        }

        if (failures.Count > 0)
            throw new AggregateException($"{failures.Count} message(s) about draft {draft.Id} could not be sent; the outbox will try again.", failures);
    }

    private async Task RefreshPostedCardsAsync(
        DraftOverview overview, IReadOnlyList<PostedCard> posted, ContactMemo contacts, List<Exception> failures, CancellationToken ct)
    {
        foreach (var card in posted)
        {
            var messenger = messengers.First(m => m.Channel == card.Channel);
            var contact = await contacts.FindByPersonAsync(card.Channel, card.Person, ct);
            if (contact is null) continue;
            await AttemptAsync(failures, () => card.Role == PostedCardRole.Status
                ? messenger.UpdateStatusCardAsync(contact, card, overview, ct)
                : messenger.UpdateApprovalCardAsync(contact, card, ReviewerView.For(overview, card.Person, card.StageName ?? ""), ct));
        }
    }

    private async Task<IReadOnlyList<Person>> RequestReviewsAsync(
        DraftOverview overview, IReadOnlyList<PostedCard> posted, ContactMemo contacts, List<Exception> failures, CancellationToken ct)
    {
        var draft = overview.Draft;
        var unreachable = new List<Person>();
        foreach (var stage in overview.Stages.Where(s => s.StepIndex == draft.StepIndex && s.Outcome == StageOutcome.Waiting))
        {
            foreach (var approver in draft.PendingApprovers)
            {
                var view = ReviewerView.For(overview, approver, stage.Stage.Name);
                if (!view.CanAct || !IsMember(overview, approver, stage)) continue;
                var reached = await ForEachContactAsync(approver, contacts, async (messenger, contact) =>
                {
                    if (posted.Any(p => p.Channel == messenger.Channel && p.Person == approver && p.Role == PostedCardRole.Approval && p.StageName == stage.Stage.Name))
                        return;
                    var address = await messenger.PostApprovalCardAsync(contact, view, ct);
                    await cards.SaveAsync(new PostedCard(draft.Id, messenger.Channel, PostedCardRole.Approval, approver, address, stage.Stage.Name), ct);
                }, failures, ct);
                if (!reached) unreachable.Add(overview.StageMembers[stage.Stage.Name].First(p => p.Id == approver));
            }
        }
        return unreachable;
    }

    // A retried notification of a submission finds the status card already posted and leaves it be.
    private Task PostStatusAsync(
        DraftOverview overview, IReadOnlyList<PostedCard> posted, ContactMemo contacts, List<Exception> failures, CancellationToken ct) =>
        ForEachContactAsync(overview.Draft.Submitter.Id, contacts, async (messenger, contact) =>
        {
            if (posted.Any(p => p.Channel == messenger.Channel && p.Role == PostedCardRole.Status && p.Person == contact.Person.Id)) return;
            var address = await messenger.PostStatusCardAsync(contact, overview, ct);
            await cards.SaveAsync(new PostedCard(overview.Draft.Id, messenger.Channel, PostedCardRole.Status, contact.Person.Id, address), ct);
        }, failures, ct);

    /// <summary>
    /// Runs the action on every channel where the person can be reached; false when there is none. A failed
    /// action is collected, and the person still counts as reachable: the retry will reach them.
    /// </summary>
    private async Task<bool> ForEachContactAsync(
        PersonId person, ContactMemo contacts, Func<IChatMessenger, ChatContact, Task> action, List<Exception> failures, CancellationToken ct)
    {
        var reached = false;
        foreach (var messenger in messengers)
        {
            var contact = await contacts.FindByPersonAsync(messenger.Channel, person, ct);
            if (contact?.Address is null) continue;
            await AttemptAsync(failures, () => action(messenger, contact));
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
}
