using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Policy;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Spokespersons;

namespace PostApprovalBot.Core.Drafts;

/// <summary>What the workflow needs to know about the company to accept a submission.</summary>
public sealed record SubmissionContext(
    CompanyAccount Account,
    ApprovalRoute Route,
    IReadOnlyDictionary<string, ApproverGroup> Groups,
    IReadOnlyList<SpokespersonGrant> Grants,
    PolicySettings Policy);
