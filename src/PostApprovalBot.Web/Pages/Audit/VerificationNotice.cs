using PostApprovalBot.Core.Audit.Verification;

namespace PostApprovalBot.Web.Pages.Audit;

/// <summary>What was verified, in words for the notice ("draft P-7K3QXM"), and the verifier's answer.</summary>
public sealed record VerificationNotice(string What, AuditVerification Result);
