namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>Keys of Action.Execute data. They name the draft, revision and stage only; who acts always comes from the activity.</summary>
public static class CardDataKeys
{
    public const string DraftId = "draftId";
    public const string Revision = "revision";
    public const string Stage = "stage";

    /// <summary>The approver's comment input, merged into the data by Teams.</summary>
    public const string Comment = "comment";

    /// <summary>The approver's own version of the post, sent with Request changes; merged into the data by Teams.</summary>
    public const string SuggestedText = "suggestedText";

    /// <summary>On the draft form: the fingerprint of values whose policy findings the submitter has seen.</summary>
    public const string Confirmation = "confirmed";
}
