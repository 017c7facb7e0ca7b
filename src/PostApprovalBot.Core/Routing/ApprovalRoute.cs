namespace PostApprovalBot.Core.Routing;

/// <summary>
/// The ordered steps a draft for one account goes through. After a request for changes, review
/// restarts at the step that asked for them, or from the first step when <see cref="RestartFromFirstStep"/>.
/// </summary>
public sealed record ApprovalRoute(string AccountId, IReadOnlyList<RouteStep> Steps, bool RestartFromFirstStep = false)
{
    public const string Legal = "legal";
    public const string Compliance = "compliance";
    public const string Communications = "communications";

    /// <summary>Legal, then compliance, then communications; any one member of each group decides.</summary>
    public static ApprovalRoute Default(string accountId) => new(accountId,
    [
        new RouteStep([new StageDefinition("Legal", Legal, Quorum.AnyOne)]),
        new RouteStep([new StageDefinition("Compliance", Compliance, Quorum.AnyOne)]),
        new RouteStep([new StageDefinition("Communications", Communications, Quorum.AnyOne)]),
    ]);

    public IEnumerable<StageDefinition> AllStages => Steps.SelectMany(s => s.Stages);

    /// <summary>
    /// Adds the groups a policy check pulled in. A group already on the route changes nothing;
    /// a new one reviews in parallel with the first step, so it sees the draft as early as possible.
    /// </summary>
    public ApprovalRoute WithExtraGroups(IEnumerable<ApproverGroup> groups)
    {
        var missing = groups.Where(g => AllStages.All(s => s.ApproverGroupId != g.Id)).DistinctBy(g => g.Id).ToList();
        if (missing.Count == 0 || Steps.Count == 0) return this;
        var first = Steps[0].Stages.Concat(missing.Select(g => new StageDefinition(g.Name, g.Id, Quorum.AnyOne))).ToList();
        return this with { Steps = [new RouteStep(first), .. Steps.Skip(1)] };
    }

    public string? Validate()
    {
        if (Steps.Count == 0) return "A route needs at least one step.";
        if (Steps.Any(s => s.Stages.Count == 0)) return "Every step needs at least one stage.";
        var names = AllStages.Select(s => s.Name).ToList();
        if (names.Distinct(StringComparer.OrdinalIgnoreCase).Count() != names.Count) return "Stage names must be unique within a route.";
        if (AllStages.Any(s => s.SlaHours <= 0)) return "Every stage needs an SLA of at least one hour.";
        return null;
    }
}
