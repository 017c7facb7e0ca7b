using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Teams.Cards;
using PostApprovalBot.Teams.Cards.Views;

namespace PostApprovalBot.Teams.Channel.Rendering;

/// <summary>What the submitter reads as a message of its own: the final outcome, requested changes, or approvers the bot cannot reach.</summary>
internal static class SubmitterNoticeViews
{
    public static NoticeView From(SubmitterNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var overview = notice.Overview;
        var draft = overview.Draft;
        var text = draft.CurrentRevision.Content.Text;
        var account = Wording.Account(overview.Account);
        var by = notice.Event.Actor.DisplayName;
        var stage = notice.Event.StageName ?? "a";
        var view = notice.Event.Kind switch
        {
            // The fingerprint sits in the text, not in a fact: fact values do not wrap everywhere, and a cut fingerprint is useless.
            DraftEventKind.Approved => new NoticeView($"Approved: draft {draft.Id}",
                $"Every stage approved your post for {account}. Publish exactly the text below. Its SHA-256 fingerprint lets anyone check "
                + $"that what was published is what was approved:\n\nSHA-256 {ApprovedText.Sha256(text)}",
                CardTone.Good)
            {
                QuotedText = text,
                Facts = Facts(overview),
            },
            DraftEventKind.Rejected => new NoticeView($"Rejected: draft {draft.Id}",
                $"{by} rejected your post for {account} at the {stage} stage, so it will not be published. Their reason:", CardTone.Attention)
            {
                QuotedText = notice.Event.Comment ?? "(no reason given)",
                Facts = Facts(overview),
            },
            DraftEventKind.ChangesRequested => new NoticeView($"Changes requested: draft {draft.Id}",
                $"{by} asked for changes at the {stage} stage. Type 'revise {draft.Id}' (or use Revise draft on your status card) to send a new revision. What to change:",
                CardTone.Warning)
            {
                QuotedText = notice.Event.Comment ?? "(no comment given)",
                Facts = Facts(overview),
            },
            DraftEventKind.Expired => new NoticeView($"Expired: draft {draft.Id}",
                $"Your post for {account} was not decided in time and will not be published. Submit it again if it is still needed.", CardTone.Neutral),
            _ => null,
        };
        return notice.UnreachableApprovers.Count == 0 ? view! : WithUnreachable(view, notice);
    }

    private static NoticeView WithUnreachable(NoticeView? view, SubmitterNotice notice)
    {
        var names = string.Join(", ", notice.UnreachableApprovers.Select(p => $"{p.DisplayName} ({p.Id})"));
        var sentence = $"I cannot reach {names}: they have not opened a chat with me in Teams or Slack, so they did not get a review request. "
            + "Ask them to open PostApprovalBot once; their requests then reach them.";
        return view is null
            ? new NoticeView($"Some approvers of draft {notice.Overview.Draft.Id} cannot be reached", sentence, CardTone.Warning) { Facts = Facts(notice.Overview) }
            : view with { Text = view.Text + "\n\n" + sentence };
    }

    private static IReadOnlyList<Fact> Facts(Core.UseCases.DraftOverview overview) =>
    [
        new Fact("Draft", $"{overview.Draft.Id}, revision {Wording.Number(overview.Draft.CurrentRevision.Number)}"),
        new Fact("Account", Wording.Account(overview.Account)),
        new Fact("Publishes", Wording.Schedule(overview.Draft.CurrentRevision.Content)),
    ];
}
