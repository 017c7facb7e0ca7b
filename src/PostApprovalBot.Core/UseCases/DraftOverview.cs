using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.UseCases;

/// <summary>
/// A draft with what a channel needs to show it: its account, where every stage stands, and who may
/// approve each stage of the current step (the submitter never does).
/// </summary>
public sealed record DraftOverview(
    Draft Draft,
    CompanyAccount Account,
    IReadOnlyList<StageProgress> Stages,
    IReadOnlyDictionary<string, IReadOnlyList<Person>> StageMembers);
