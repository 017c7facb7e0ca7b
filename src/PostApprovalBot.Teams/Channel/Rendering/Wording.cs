using System.Globalization;
using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Routing;

namespace PostApprovalBot.Teams.Channel.Rendering;

/// <summary>How the Teams channel writes times, accounts, routes and states, the same on every card.</summary>
internal static class Wording
{
    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Schedule(DraftContent content) => content.Schedule?.Describe() ?? "As soon as it is approved (no date set)";

    public static string Account(CompanyAccount account) => $"{account.DisplayName} ({account.Platform})";

    /// <summary>E.g. "Legal + Brand, then Compliance, then Communications".</summary>
    public static string Route(ApprovalRoute route) =>
        string.Join(", then ", route.Steps.Select(step => string.Join(" + ", step.Stages.Select(s => s.Name))));

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Verdict(Core.Drafts.Verdict verdict) => DecisionGuard.Describe(verdict);

    /// <summary>Who decided, naming the absent member a delegate decided for.</summary>
    public static string Decider(StageDecision decision) => decision.OnBehalfOf is { } member
        ? $"{decision.Approver.DisplayName} for {member.DisplayName}"
        : decision.Approver.DisplayName;
}
