using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Policy;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Spokespersons;

namespace PostApprovalBot.Core.Drafts;

/// <summary>
/// What the workflow needs to know about the company to accept a submission; <see cref="OtherPostTimes"/>
/// are when the account's other live drafts go out, for the frequency rules.
/// </summary>
public sealed record SubmissionContext(
    CompanyAccount Account,
    ApprovalRoute Route,
    IReadOnlyDictionary<string, ApproverGroup> Groups,
    IReadOnlyList<SpokespersonGrant> Grants,
    PolicySettings Policy,
    IReadOnlyList<DateTimeOffset>? OtherPostTimes = null);
