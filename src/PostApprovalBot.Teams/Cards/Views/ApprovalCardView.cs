namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>
/// What one viewer sees of a draft at one approval stage. Set <see cref="Outcome"/> once the stage is decided;
/// otherwise <see cref="ViewerMayAct"/> decides whether the comment box and buttons appear.
/// </summary>
public sealed record ApprovalCardView(
    string DraftId,
    int Revision,
    string StageId,
    string StageName,
    string AccountDisplayName,
    string Platform,
    string SubmitterName,
    string ScheduledTimeText,
    string DraftText)
{
    public IReadOnlyList<PolicyFindingView> Findings { get; init; } = [];

    /// <summary>Links the submitter listed for approvers to check.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];

    /// <summary>The submitter's sources and notes for approvers, shown verbatim.</summary>
    public string? SourcesAndNotes { get; init; }

    /// <summary>
    /// The banner when the stage has no <see cref="Outcome"/> and the viewer may not act, e.g. "You approved; waiting for others"
    /// or "Withdrawn"; without it such a viewer sees "Waiting for … review".
    /// </summary>
    public NoticeView? Headline { get; init; }

    /// <summary>Why the viewer's last click was refused, shown right under the banner.</summary>
    public string? Refusal { get; init; }

    public IReadOnlyList<DecisionView> EarlierDecisions { get; init; } = [];

    /// <summary>What changed in the text since the previous revision, word by word; shown above the post from revision 2 on.</summary>
    public IReadOnlyList<TextChange> Changes { get; init; } = [];

    /// <summary>
    /// The post text the optional "suggested text" field starts with, for a viewer who may act; null leaves the field out
    /// (e.g. a text too long to carry twice on one card).
    /// </summary>
    public string? SuggestedTextPrefill { get; init; }

    public bool ViewerMayAct { get; init; }

    public DecisionView? Outcome { get; init; }

    /// <summary>On the first card to a person the bot found by e-mail: who asked for the review and why they get it, shown first.</summary>
    public string? Introduction { get; init; }

    /// <summary>Teams user ids (at most 60) whose clients ask for their own version of the card when they view it.</summary>
    public IReadOnlyList<string> RefreshUserIds { get; init; } = [];
}
