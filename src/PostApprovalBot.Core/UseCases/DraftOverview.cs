using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Drafts;

namespace PostApprovalBot.Core.UseCases;

/// <summary>A draft with what a channel needs to show it: its account and where every stage stands.</summary>
public sealed record DraftOverview(Draft Draft, CompanyAccount Account, IReadOnlyList<StageProgress> Stages);
