using System.Globalization;
using PostApprovalBot.Teams.Activities;

namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>
/// An approve / reject / request-changes click read from its invoke: which draft, revision and stage, the verdict, the comment and
/// the approver's suggested text (kept as typed; the core ignores it unless changes are requested and it differs from the post).
/// Who decided is not here on purpose: take it from the authenticated activity's <c>from</c>.
/// </summary>
public sealed record ApprovalActionSubmission(string DraftId, int Revision, string StageId, Verdict Verdict, string? Comment, string? SuggestedText = null)
{
    /// <summary>Null when the verb is not a decision or the card data is incomplete.</summary>
    public static ApprovalActionSubmission? Read(AdaptiveCardActionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Verdict? verdict = request.Verb switch
        {
            CardVerbs.Approve => Verdict.Approved,
            CardVerbs.Reject => Verdict.Rejected,
            CardVerbs.RequestChanges => Verdict.ChangesRequested,
            _ => null,
        };
        if (verdict is null
            || request.DataText(CardDataKeys.DraftId) is not { Length: > 0 } draftId
            || request.DataText(CardDataKeys.Stage) is not { Length: > 0 } stageId
            || !int.TryParse(request.DataText(CardDataKeys.Revision), NumberStyles.None, CultureInfo.InvariantCulture, out var revision))
        {
            return null;
        }

        var comment = request.DataText(CardDataKeys.Comment)?.Trim();
        var suggestion = request.DataText(CardDataKeys.SuggestedText);
        return new ApprovalActionSubmission(draftId, revision, stageId, verdict.Value, string.IsNullOrEmpty(comment) ? null : comment,
            string.IsNullOrWhiteSpace(suggestion) ? null : suggestion);
    }
}
