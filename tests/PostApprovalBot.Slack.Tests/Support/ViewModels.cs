using PostApprovalBot.Slack.Views;
using PostApprovalBot.Slack.Views.Approval;
using PostApprovalBot.Slack.Views.Drafts;
using PostApprovalBot.Slack.Views.Home;

namespace PostApprovalBot.Slack.Tests.Support;

/// <summary>Typical and worst-case view models; worst cases are full of characters that need escaping.</summary>
internal static class ViewModels
{
    public static string Hostile(int length) => string.Concat(Enumerable.Repeat("<!channel> & <@U1> ", length / 19 + 1))[..length];

    public static ApprovalRequestModel Approval(DecisionLine? outcome = null) => new(
        "draft-42", 3, "legal", "Legal review", "ACME Corp", "LinkedIn", "Ana Lima", "5 Mar 2026 09:30 (Europe/Lisbon)",
        "We are hiring! Join us.", ["https://acme.example/jobs"],
        [new PolicyFindingLine(FindingSeverity.Warning, "Mentions hiring: add the equal-opportunity line.")],
        [new DecisionLine("Communications", "Bo Chen", ApprovalVerdict.Approve, "4 Mar 2026 16:00")],
        outcome);

    public static ApprovalRequestModel MaximalApproval(DecisionLine? outcome = null, int textLength = 3000) => new(
        new string('d', 100), int.MaxValue, new string('s', 100), Hostile(500), Hostile(500), Hostile(100), Hostile(500), Hostile(500),
        Hostile(textLength),
        Enumerable.Range(0, 30).Select(i => $"https://acme.example/{i}/{new string('p', 200)}").ToList(),
        Enumerable.Range(0, 30).Select(i => new PolicyFindingLine((FindingSeverity)(i % 3), Hostile(1000))).ToList(),
        Enumerable.Range(0, 40).Select(i => new DecisionLine(Hostile(200), Hostile(200), (ApprovalVerdict)(i % 3), Hostile(100), Hostile(3000))).ToList(),
        outcome);

    public static NewDraftModalModel DraftModal(NewDraftSubmission? prefill = null, Uri? policy = null) => new(
        [new DraftChoice("acme-li", "ACME Corp (LinkedIn)"), new DraftChoice("acme-x", "ACME Corp (X)")],
        [new DraftChoice("Europe/Lisbon", "Lisbon"), new DraftChoice("America/New_York", "New York")],
        "Europe/Lisbon",
        prefill,
        policy);

    public static SubmitterStatusModel Status(IReadOnlyList<StageStatusLine> stages) => new(
        "draft-42", 3, "ACME Corp", "LinkedIn", "5 Mar 2026 09:30", "We are hiring! Join us.", DraftProgress.InReview, stages);

    public static WaitingApprovalLine Waiting(int i, string text = "We are hiring!") =>
        new($"draft-{i}", 1, "legal", "Legal review", "ACME Corp", "LinkedIn", "Ana Lima", text, "5 Mar 2026 09:30");

    public static MyDraftLine Mine(int i, string text = "We are hiring!") =>
        new($"draft-{i}", 1, "ACME Corp", "LinkedIn", text, DraftProgress.InReview, "Legal review", "5 Mar 2026 09:30");
}
