namespace PostApprovalBot.Core.Spokespersons;

/// <summary>The answer to "may this person speak for this account now?", with the reason when not.</summary>
public sealed record SubmissionPermission(bool Allowed, string Reason)
{
    public static SubmissionPermission Granted(string reason) => new(true, reason);

    public static SubmissionPermission Denied(string reason) => new(false, reason);
}
