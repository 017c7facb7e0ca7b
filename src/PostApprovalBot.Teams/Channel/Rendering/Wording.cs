using System.Globalization;
using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Routing;

namespace PostApprovalBot.Teams.Channel.Rendering;

/// <summary>How the Teams channel writes times, accounts, routes and states, the same on every card.</summary>
internal static class Wording
{
    /// <summary>The first line of the first card to a person who never used the bot.</summary>
    public static string Introduction(Core.Chat.ReviewIntroduction introduction) =>
        $"{introduction.RequestedBy.DisplayName} asked for this review. You receive it because you are an approver of the {introduction.StageName} stage "
        + $"for {introduction.AccountName} in PostApprovalBot, which was installed for you by your organisation.";

    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Schedule(DraftContent content) => content.Schedule?.Describe() ?? "As soon as it is approved (no date set)";

    public static string Account(CompanyAccount account) => $"{account.DisplayName} ({account.Platform})";

    /// <summary>E.g. "Legal + Brand, then Compliance, then Communications".</summary>
    public static string Route(ApprovalRoute route) =>
        string.Join(", then ", route.Steps.Select(step => string.Join(" + ", step.Stages.Select(s => s.Name))));

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Verdict(Core.Drafts.Verdict verdict) => DecisionGuard.Describe(verdict);

    /// <summary>
    /// Who decided: "Noah on behalf of Lena" for a delegate, "override (Ada Admin, reason)" for an administrator's override,
    /// so that "Approved by …" reads right in every case.
    /// </summary>
    public static string Decider(StageDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (DraftWorkflow.IsOverride(decision))
        {
            return $"override ({decision.Approver.DisplayName}, {decision.Comment})";
        }

        return decision.OnBehalfOf is { } member
            ? $"{decision.Approver.DisplayName} on behalf of {member.DisplayName}"
            : decision.Approver.DisplayName;
    }

    /// <summary>The administrator's override that ended the draft's review, if one did.</summary>
    public static StageDecision? Override(Draft draft) =>
        draft.Decisions.LastOrDefault() is { } last && DraftWorkflow.IsOverride(last) ? last : null;
}
