using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Policy;

namespace PostApprovalBot.Core.Drafts;

/// <summary>One version of the draft's content and what the policy check found in it.</summary>
public sealed record DraftRevision(int Number, DraftContent Content, Person Author, DateTimeOffset CreatedAt, IReadOnlyList<PolicyFinding> Findings);
