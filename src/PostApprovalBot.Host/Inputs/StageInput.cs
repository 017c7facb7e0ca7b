using PostApprovalBot.Core.Routing;

namespace PostApprovalBot.Host.Inputs;

/// <summary>A route stage as configuration names it. Quorum: "any", "all" or a number.</summary>
public sealed record StageInput(string Name, string Group, string? Quorum, int? SlaHours)
{
    /// <summary>The stage, or null when the quorum is not understood.</summary>
    public StageDefinition? ToStage()
    {
        Quorum? quorum = Quorum?.Trim().ToLowerInvariant() switch
        {
            null or "any" or "anyone" => Core.Routing.Quorum.AnyOne,
            "all" => Core.Routing.Quorum.All,
            var n when int.TryParse(n, out var count) && count > 0 => Core.Routing.Quorum.AtLeast(count),
            _ => null,
        };
        return quorum is null ? null : new StageDefinition(Name, Group, quorum, SlaHours ?? 24);
    }
}
