using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Teams.Cards;
using PostApprovalBot.Teams.Cards.Views;

namespace PostApprovalBot.Teams.Channel.Rendering;

/// <summary>
/// What the submitter reads as a message of its own: the final outcome (an override says so, with its reason), requested changes
/// (with the approver's suggested text as a word diff, to accept in one click), expiry (with an invitation to submit again),
/// or approvers the bot cannot reach.
/// </summary>
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
        var overridden = Wording.Override(draft);
        var view = notice.Event.Kind switch
        {
            // The fingerprint sits in the text, not in a fact: fact values do not wrap everywhere, and a cut fingerprint is useless.
            DraftEventKind.Approved => new NoticeView(overridden is null ? $"Approved: draft {draft.Id}" : $"Approved by override: draft {draft.Id}",
                (overridden is null
                    ? $"Every stage approved your post for {account}."
                    : $"{overridden.Approver.DisplayName}, an administrator, approved your post for {account} by override ({overridden.Comment}).")
                + " Publish exactly the text below. Its SHA-256 fingerprint lets anyone check "
                + $"that what was published is what was approved:\n\nSHA-256 {ApprovedText.Sha256(text)}",
                CardTone.Good)
            {
                QuotedText = text,
                Facts = Facts(overview),
            },
            DraftEventKind.Rejected => new NoticeView(overridden is null ? $"Rejected: draft {draft.Id}" : $"Rejected by override: draft {draft.Id}",
                overridden is null
                    ? $"{by} rejected your post for {account} at the {stage} stage, so it will not be published. Their reason:"
                    : $"{by}, an administrator, rejected your post for {account} by override, so it will not be published. Their reason:",
                CardTone.Attention)
            {
                QuotedText = notice.Event.Comment ?? "(no reason given)",
                Facts = Facts(overview),
            },
            DraftEventKind.ChangesRequested => ChangesRequested(notice, by, stage),
            DraftEventKind.Expired => new NoticeView($"Expired: draft {draft.Id}",
                $"Your post for {account} was still in review when its publication time, {Wording.Schedule(draft.CurrentRevision.Content)}, passed, "
                + "so it will not be published. If it is still needed, submit it again with a new time: the button opens the form with your text.",
                CardTone.Neutral)
            {
                Facts = Facts(overview),
                Buttons = [new NoticeButton("Submit again with a new time", CardVerbs.ResubmitDraft, draft.Id, IsPrimary: true)],
            },
            _ => null,
        };
        if (notice.UnreachableApprovers.Count > 0) view = WithUnreachable(view, notice);
        if (notice.MissingPermissions.Count > 0) view = WithMissingPermissions(view, notice);
        return view ?? throw new ArgumentException($"A {notice.Event.Kind} notice has nothing to tell.", nameof(notice));
    }

    private static NoticeView ChangesRequested(SubmitterNotice notice, string by, string stage)
    {
        var draft = notice.Overview.Draft;
        var asked = draft.Decisions.LastOrDefault(d => d.Revision == draft.CurrentRevision.Number && d.Verdict == Core.Drafts.Verdict.RequestChanges);
        var revise = new NoticeButton("Revise draft", CardVerbs.ReviseDraft, draft.Id);
        var view = new NoticeView($"Changes requested: draft {draft.Id}",
            $"{by} asked for changes at the {stage} stage. Type 'revise {draft.Id}' (or use Revise draft) to send a new revision. What to change:",
            CardTone.Warning)
        {
            QuotedText = notice.Event.Comment ?? "(no comment given)",
            Facts = Facts(notice.Overview),
            Buttons = [revise],
        };
        if (asked?.SuggestedText is not { } suggestion)
        {
            return view;
        }

        return view with
        {
            Text = $"{by} asked for changes at the {stage} stage and suggests a new text, compared with yours below. "
                + "Accept suggestion sends it as the next revision in one click; Revise draft lets you write your own. What to change:",
            Changes = RevisionChanges.Between(draft.CurrentRevision.Content.Text, suggestion),
            ChangesHeading = $"{asked.Approver.DisplayName}'s suggested text",
            Buttons = [new NoticeButton("Accept suggestion", CardVerbs.AcceptSuggestion, draft.Id, IsPrimary: true), revise],
        };
    }

    private static NoticeView WithUnreachable(NoticeView? view, SubmitterNotice notice)
    {
        var names = string.Join(", ", notice.UnreachableApprovers.Select(p => $"{p.DisplayName} ({p.Id})"));
        var sentence = $"I cannot reach {names}: I did not find them by their work e-mail where I looked, and they have not opened a chat with me "
            + "in Teams or Slack, so they did not get a review request. Ask them to open PostApprovalBot once; their requests then reach them.";
        return view is null
            ? new NoticeView($"Some approvers of draft {notice.Overview.Draft.Id} cannot be reached", sentence, CardTone.Warning) { Facts = Facts(notice.Overview) }
            : view with { Text = view.Text + "\n\n" + sentence };
    }

    private static NoticeView WithMissingPermissions(NoticeView? view, SubmitterNotice notice)
    {
        var channels = string.Join(" or ", notice.MissingPermissions);
        var sentence = $"I may not reach approvers who never used me in {channels}: a permission is missing there (docs/deployment.md, \"Reaching approvers\"). "
            + "Ask an administrator to grant it; until then those approvers must open PostApprovalBot once.";
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
