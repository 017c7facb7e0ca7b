using PostApprovalBot.Core.Outcomes;

namespace PostApprovalBot.Core.Spokespersons;

/// <summary>
/// What an import did: nothing when the file had problems (one per bad line); otherwise the grants made, and the refusal
/// that stopped it part-way if the core refused one (an unknown account, a past date), which names how many went through.
/// </summary>
public sealed record GrantImportOutcome(IReadOnlyList<string> Problems, IReadOnlyList<SpokespersonGrant> Granted, Refusal? Stopped);
