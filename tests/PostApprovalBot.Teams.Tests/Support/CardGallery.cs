using PostApprovalBot.Teams.Cards;
using PostApprovalBot.Teams.Cards.Views;

namespace PostApprovalBot.Teams.Tests.Support;

/// <summary>Every card the bot sends, in every state, with realistic content: the set the renderer must accept.</summary>
internal static class CardGallery
{
    public static readonly IReadOnlyList<AccountChoice> Accounts =
    [
        new("acc-li", "Contoso", "LinkedIn"),
        new("acc-x", "Contoso News", "X"),
        new("acc-bsky", "Contoso Labs", "Bluesky"),
    ];

    public static readonly IReadOnlyList<TimeZoneChoice> TimeZones =
    [
        new("Europe/Berlin", "Berlin (UTC+1)"),
        new("Europe/London", "London (UTC+0)"),
        new("America/New_York", "New York (UTC-5)"),
    ];

    public const string PostText = """
        We are proud to open our new research centre in Lyon today.

        120 engineers will work on *low-carbon* materials [with our partners]. Read more: https://contoso.example/lyon
        """;

    public static ApprovalCardView PendingApproval => new(
        "D-1042", 2, "legal", "Legal", "Contoso", "LinkedIn", "Ana Submitter", "Tue 4 Mar 2025, 10:00 (Berlin)", PostText)
    {
        Findings =
        [
            new PolicyFindingView(FindingSeverity.Warning, "Mentions a partner: check that the partnership is public."),
            new PolicyFindingView(FindingSeverity.Note, "Contains 1 link."),
        ],
        EarlierDecisions = [new DecisionView("Chris Comms", Verdict.Approved, "Mon 3 Mar, 16:12", "Tone is fine.", "Communications")],
        Changes =
        [
            new TextChange(TextChangeKind.Same, "… the Lyon campus. "),
            new TextChange(TextChangeKind.Removed, "100 "),
            new TextChange(TextChangeKind.Added, "120 "),
            new TextChange(TextChangeKind.Same, "engineers will work on *low-carbon* materials …"),
        ],
        SuggestedTextPrefill = PostText,
        ViewerMayAct = true,
        RefreshUserIds = ["29:legal-1", "29:legal-2"],
    };

    public static IReadOnlyDictionary<string, AdaptiveCard> All() => new Dictionary<string, AdaptiveCard>
    {
        ["draft-form-new"] = DraftFormCard.Build(new DraftFormView(Accounts, TimeZones)),
        ["draft-form-revision-with-errors"] = DraftFormCard.Build(new DraftFormView(Accounts, TimeZones)
        {
            DraftId = "D-1042",
            Revision = 2,
            Prefill = new DraftFormValues
            {
                AccountId = "acc-x", Text = PostText, Links = ["https://contoso.example/lyon"], SourcesAndNotes = "Press release approved by PR on 1 March.",
                ScheduledDate = new DateOnly(2025, 3, 4), ScheduledTime = new TimeOnly(10, 0), TimeZoneId = "Europe/Berlin",
            },
            FormError = "The draft was not submitted: fix the fields marked below.",
            FieldErrors = new Dictionary<DraftFormField, string>
            {
                [DraftFormField.Text] = "The text has 312 characters; X allows 280.",
                [DraftFormField.ScheduledTime] = "Choose a time at least 2 hours from now.",
            },
            PostingPolicy = new PolicyLink("Posting policy for Contoso News", new Uri("https://contoso.example/policies/x")),
        }),
        ["approval-actionable"] = ApprovalCard.Build(PendingApproval),
        ["approval-waiting"] = ApprovalCard.Build(PendingApproval with { ViewerMayAct = false, Findings = [] }),
        ["approval-approved"] = ApprovalCard.Build(PendingApproval with { Outcome = new DecisionView("Lee Legal", Verdict.Approved, "Tue 4 Mar, 09:02", "OK to publish.") }),
        ["approval-rejected"] = ApprovalCard.Build(PendingApproval with
        {
            Findings = [new PolicyFindingView(FindingSeverity.Blocking, "Announces results before the earnings release.")],
            Outcome = new DecisionView("Lee Legal", Verdict.Rejected, "Tue 4 Mar, 09:02", "Quiet period: we cannot announce this before Thursday."),
        }),
        ["approval-changes-requested"] = ApprovalCard.Build(PendingApproval with
        {
            Outcome = new DecisionView("Lee Legal", Verdict.ChangesRequested, "Tue 4 Mar, 09:02", "Name the partner or drop the mention."),
        }),
        ["status-waiting"] = SubmissionStatusCard.Build(Status(
            new StageStatusView("Communications", StageState.Approved, "Chris Comms", "Mon 3 Mar, 16:12"),
            new StageStatusView("Legal", StageState.Waiting),
            new StageStatusView("Compliance", StageState.NotStarted))),
        ["status-approved"] = SubmissionStatusCard.Build(Status(
            new StageStatusView("Communications", StageState.Approved, "Chris Comms", "Mon 3 Mar, 16:12"),
            new StageStatusView("Legal", StageState.Approved, "Lee Legal", "Tue 4 Mar, 09:02", "OK to publish."))),
        ["status-rejected"] = SubmissionStatusCard.Build(Status(
            new StageStatusView("Communications", StageState.Approved, "Chris Comms", "Mon 3 Mar, 16:12"),
            new StageStatusView("Legal", StageState.Rejected, "Lee Legal", "Tue 4 Mar, 09:02", "Quiet period."))),
        ["status-changes-requested"] = SubmissionStatusCard.Build(Status(
            new StageStatusView("Communications", StageState.ChangesRequested, "Chris Comms", "Mon 3 Mar, 16:12", "Shorten the first sentence."),
            new StageStatusView("Legal", StageState.NotStarted))),
        ["approval-refused-click"] = ApprovalCard.Build(PendingApproval with
        {
            Refusal = "The Legal stage was already decided: approved by Lee Legal at 2025-03-04 09:02 UTC.",
            Outcome = new DecisionView("Lee Legal", Verdict.Approved, "2025-03-04 09:02 UTC"),
            Links = ["https://contoso.example/lyon"],
            SourcesAndNotes = "Press release approved by PR on 1 March.",
        }),
        ["approval-withdrawn"] = ApprovalCard.Build(PendingApproval with
        {
            ViewerMayAct = false, Headline = new NoticeView("Withdrawn", "Ana Submitter withdrew this draft; no decision is needed any more.", CardTone.Neutral),
        }),
        ["draft-form-findings-to-confirm"] = DraftFormCard.Build(new DraftFormView(Accounts, TimeZones)
        {
            Prefill = new DraftFormValues { AccountId = "acc-li", Text = PostText, TimeZoneId = "Europe/Berlin" },
            Findings = [new PolicyFindingView(FindingSeverity.Warning, "'layoffs': headcount news needs legal review.")],
            ConfirmationKey = "5f1d0c3e",
        }),
        ["status-withdrawn"] = SubmissionStatusCard.Build(Status(new StageStatusView("Legal", StageState.Waiting)) with
        {
            ClosedText = "Draft D-1042 was withdrawn on 2025-03-04 09:02 UTC; it will not be published.",
        }),
        ["notice-approved-with-fingerprint"] = NoticeCard.Build(new NoticeView("Approved: draft D-1042", "Publish exactly the text below.", CardTone.Good)
        {
            QuotedText = PostText,
            Facts = [new Fact("SHA-256", "40a45bb45c9c71d2575a1d64566f46c72a7f01585f1227c2a4b1b5e0d3f0a9e1")],
        }),
        ["notice-information"] = NoticeCard.Build(new NoticeView("Draft submitted", "Draft D-1042 is with Communications for review. You will hear back here.", CardTone.Good)
        {
            Facts = [new Fact("Draft", "D-1042"), new Fact("Account", "Contoso (LinkedIn)")],
        }),
        ["notice-suggested-edit"] = NoticeCard.Build(new NoticeView("Changes requested: draft D-1042",
            "Lee Legal asked for changes at the Legal stage and suggests a new text, compared with yours below. What to change:", CardTone.Warning)
        {
            QuotedText = "Say 120, as in the press release.",
            ChangesHeading = "Lee Legal's suggested text",
            Changes =
            [
                new TextChange(TextChangeKind.Same, "Big news from Lyon!\n\nOur "),
                new TextChange(TextChangeKind.Removed, "100 "),
                new TextChange(TextChangeKind.Added, "120 "),
                new TextChange(TextChangeKind.Same, "engineers …"),
            ],
            Buttons = [new NoticeButton("Accept suggestion", CardVerbs.AcceptSuggestion, "D-1042", IsPrimary: true), new NoticeButton("Revise draft", CardVerbs.ReviseDraft, "D-1042")],
        }),
        ["notice-refusal"] = NoticeCard.Build(new NoticeView("You cannot approve this draft", "You submitted it, and submitters may not approve their own posts.", CardTone.Attention)),
        ["list-pending-queue"] = DraftListCard.Build(new DraftListView("Waiting for your review",
        [
            new DraftListRow("D-1042", "Contoso (LinkedIn)", "Legal review, your turn", CardTone.Information) { Detail = "Submitted by Ana Submitter, publishes Tue 4 Mar 10:00" },
            new DraftListRow("D-1043", "Contoso News (X)", "Changes requested", CardTone.Warning),
            new DraftListRow("D-1039", "Contoso Labs (Bluesky)", "Approved", CardTone.Good),
            new DraftListRow("D-1031", "Contoso (LinkedIn)", "Rejected", CardTone.Attention),
        ])),
        ["list-empty"] = DraftListCard.Build(new DraftListView("My drafts", []) { EmptyText = "You have no drafts. Type 'new' to write one." }),
    };

    private static SubmissionStatusView Status(params StageStatusView[] stages) =>
        new("D-1042", 2, "Contoso", "LinkedIn", "Tue 4 Mar 2025, 10:00 (Berlin)", stages);
}
