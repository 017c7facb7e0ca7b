using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.UseCases;

/// <summary>
/// Who may read a draft by typing its id: its submitter, its account's owner, and the people who review it.
/// A draft id is short and guessable, so knowing one grants nothing. Slack and the web view show drafts by this rule.
/// </summary>
public static class DraftVisibility
{
    public static bool MaySee(DraftOverview overview, PersonId person) =>
        overview.Draft.Submitter.Id == person
        || overview.Account.Owner.Id == person
        || overview.StageMembers.Values.Any(members => members.Any(m => m.Id == person))
        || overview.Draft.Decisions.Any(d => d.Approver.Id == person);

    public static string Refusal(string draftId) =>
        $"You can see only drafts you submitted, review, or own the account of; draft {draftId} is none of these.";
}
