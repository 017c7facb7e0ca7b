namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>The Action.Execute verbs the bot's cards send; the host dispatches invokes on these.</summary>
public static class CardVerbs
{
    public const string SubmitDraft = "submitDraft";
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string RequestChanges = "requestChanges";

    /// <summary>Sent by Teams itself (trigger automatic) when a listed user views an approval card.</summary>
    public const string Refresh = "refresh";
    public const string OpenDraft = "openDraft";
    public const string ReviseDraft = "reviseDraft";

    /// <summary>The submitter takes the approver's suggested text as the next revision.</summary>
    public const string AcceptSuggestion = "acceptSuggestion";

    /// <summary>The form for a new draft, prefilled with an expired or rejected draft's content (without its time).</summary>
    public const string ResubmitDraft = "resubmitDraft";
}
