namespace PostApprovalBot.Core.Routing;

/// <summary>Stages that review at the same time; the next step starts when all of them approve.</summary>
public sealed record RouteStep(IReadOnlyList<StageDefinition> Stages);
