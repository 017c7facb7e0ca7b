using System.Globalization;
using PostApprovalBot.Core.Routing;

namespace PostApprovalBot.Web.Pages.Admin;

/// <summary>
/// A route as text, one stage a line: <c>step | stage name | group | quorum | SLA hours</c>. Stages with the same step
/// number review in parallel. Text keeps the page a plain form (no script) while still saying everything a route holds.
/// </summary>
public static class RouteText
{
    public const string Example = "1 | Legal | legal | any | 24\n1 | Compliance | compliance | 2 | 24\n2 | Communications | communications | all | 8";

    public static string Format(ApprovalRoute route) => string.Join('\n', route.Steps.SelectMany((step, i) =>
        step.Stages.Select(s => $"{i + 1} | {s.Name} | {s.ApproverGroupId} | {Quorum(s.Quorum)} | {s.SlaHours}")));

    /// <summary>The route, or every line's problem; the core then checks groups, names and SLAs as it does for the API.</summary>
    public static (ApprovalRoute? Route, IReadOnlyList<string> Problems) Parse(string accountId, string? text, bool restartFromFirstStep)
    {
        var stages = new List<(int Step, StageDefinition Stage)>();
        var problems = new List<string>();
        var lines = (text ?? "").Split('\n').Select(l => l.Trim()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0) continue;
            var f = lines[i].Split('|').Select(x => x.Trim()).ToArray();
            if (f.Length != 5) { problems.Add($"Line {i + 1}: expected 5 parts separated by |, found {f.Length}."); continue; }
            if (!int.TryParse(f[0], CultureInfo.InvariantCulture, out var step) || step < 1) problems.Add($"Line {i + 1}: the step '{f[0]}' is not a number from 1.");
            else if (Core.Routing.Quorum.Parse(f[3]) is not { } quorum) problems.Add($"Line {i + 1}: the quorum '{f[3]}' is not 'any', 'all' or a number of approvals.");
            else if (!int.TryParse(f[4], CultureInfo.InvariantCulture, out var sla)) problems.Add($"Line {i + 1}: the SLA '{f[4]}' is not a number of hours.");
            else stages.Add((step, new StageDefinition(f[1], f[2], quorum, sla)));
        }
        if (problems.Count > 0) return (null, problems);
        var steps = stages.GroupBy(s => s.Step).OrderBy(g => g.Key).Select(g => new RouteStep(g.Select(s => s.Stage).ToList())).ToList();
        return (new ApprovalRoute(accountId, steps, restartFromFirstStep), []);
    }

    private static string Quorum(Quorum q) => q.Kind switch
    {
        QuorumKind.AnyOne => "any",
        QuorumKind.All => "all",
        _ => q.Count.ToString(CultureInfo.InvariantCulture),
    };
}
