using PostApprovalBot.Core.Policy;

namespace PostApprovalBot.Core.Drafts;

/// <summary>The policy check a submission or revision goes through, also offered on its own before submitting.</summary>
public static partial class DraftWorkflow
{
    /// <summary>
    /// The findings a submission of <paramref name="content"/> would get: the text, links and lexicon checks and the
    /// account's frequency rules (posts per day and week, posting hours). The same code path as Submit and Revise,
    /// so a preview never promises less than the submission then finds.
    /// </summary>
    public static PolicyReport Preview(DraftContent content, SubmissionContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        var report = DraftPolicyCheck.Check(content, context.Account.Platform, context.Policy);
        if (context.Policy.PostingPolicyFor(context.Account.Id) is not { } posting) return report;
        var frequency = FrequencyCheck.Check(posting, content.Schedule?.Utc ?? now, context.OtherPostTimes ?? []);
        return report with { Findings = [.. report.Findings, .. frequency] };
    }
}
