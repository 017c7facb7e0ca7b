using PostApprovalBot.Core.Routing;

namespace PostApprovalBot.Host.Inputs;

/// <summary>A route stage as configuration names it. Quorum: "any", "all" or a number.</summary>
public sealed record StageInput(string Name, string Group, string? Quorum, int? SlaHours)
{
    /// <summary>The stage, or null when the quorum is not understood.</summary>
    public StageDefinition? ToStage() =>
        Core.Routing.Quorum.Parse(Quorum) is { } quorum ? new StageDefinition(Name, Group, quorum, SlaHours ?? 24) : null;
}
