using System.Globalization;

namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>The card an approver sees: the post, its checks and history, and either the decision buttons or the outcome.</summary>
public static class ApprovalCard
{
    public const int CommentMaxLength = 1000;

    /// <summary>The longest post the suggested-text field is offered for: the card carries the text twice, and Teams cards stay under about 28 KB.</summary>
    public const int SuggestionMaxLength = 4000;

    public static AdaptiveCard Build(ApprovalCardView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new List<CardElement>();
        if (!string.IsNullOrWhiteSpace(view.Introduction))
        {
            body.Add(new TextBlock(view.Introduction) { IsSubtle = true });
        }

        body.Add(Banner(view));
        if (!string.IsNullOrWhiteSpace(view.Refusal))
        {
            body.Add(new Container([new TextBlock(view.Refusal) { Color = TextColor.Attention }]) { Style = ContainerStyle.Attention, Spacing = Spacing.Medium });
        }

        body.Add(new FactSet(
        [
            new Fact("Account", $"{view.AccountDisplayName} ({view.Platform})"),
            new Fact("Submitted by", view.SubmitterName),
            new Fact("Scheduled for", view.ScheduledTimeText),
            new Fact("Draft", $"{view.DraftId}, revision {view.Revision.ToString(CultureInfo.InvariantCulture)}"),
            new Fact("Stage", view.StageName),
        ]));
        if (view.Changes.Count > 0)
        {
            body.Add(CardParts.SectionHeading($"What changed since revision {(view.Revision - 1).ToString(CultureInfo.InvariantCulture)}"));
            body.Add(CardParts.Changes(view.Changes));
        }

        body.AddRange(
        [
            CardParts.SectionHeading("Post text"),
            CardParts.Verbatim(view.DraftText) with { Style = ContainerStyle.Emphasis },
        ]);
        body.AddRange(Sources(view));
        body.Add(CardParts.SectionHeading("Policy checks"));
        body.AddRange(CardParts.Findings(view.Findings));
        if (view.EarlierDecisions.Count > 0)
        {
            body.Add(CardParts.SectionHeading("Earlier decisions"));
            body.AddRange(view.EarlierDecisions.SelectMany(Decision));
        }

        var decided = view.Outcome is not null;
        var actions = new List<CardAction>();
        if (!decided && view.ViewerMayAct)
        {
            body.Add(new TextInput(CardDataKeys.Comment, "Comment for the submitter (needed to reject or request changes)")
            {
                IsMultiline = true,
                MaxLength = CommentMaxLength,
                Spacing = Spacing.Medium,
                Separator = true,
            });
            if (view.SuggestedTextPrefill is { } prefill)
            {
                body.Add(new TextInput(CardDataKeys.SuggestedText, "Suggested text (optional, with Request changes): edit the post here, and the submitter can take your version in one click")
                {
                    IsMultiline = true,
                    MaxLength = SuggestionMaxLength,
                    Value = prefill,
                    Spacing = Spacing.Small,
                });
            }

            actions.Add(Decide("Approve", CardVerbs.Approve, view) with { Style = ActionStyle.Positive });
            actions.Add(Decide("Request changes", CardVerbs.RequestChanges, view));
            actions.Add(Decide("Reject", CardVerbs.Reject, view) with { Style = ActionStyle.Destructive });
        }

        return new AdaptiveCard(body)
        {
            Actions = actions,
            Refresh = view.RefreshUserIds.Count > 0
                ? new CardRefresh(new ExecuteAction("Refresh", CardVerbs.Refresh) { Data = Data(view) }, view.RefreshUserIds)
                : null,
            FallbackText = $"Post for {view.AccountDisplayName} ({view.Platform}), {view.StageName} review.",
        };
    }

    private static Container Banner(ApprovalCardView view)
    {
        if (view.Outcome is { } outcome)
        {
            var banner = CardParts.Banner($"{VerdictText.Describe(outcome.Verdict)} by {outcome.ApproverName}", outcome.WhenText, VerdictText.Tone(outcome.Verdict));
            return string.IsNullOrWhiteSpace(outcome.Comment)
                ? banner
                : banner with { Items = [.. banner.Items, CardParts.Verbatim(outcome.Comment, italic: true) with { Spacing = Spacing.Small }] };
        }

        if (view.ViewerMayAct)
        {
            return CardParts.Banner("Your review is needed", $"{view.StageName} review of a post for {view.AccountDisplayName} on {view.Platform}.", CardTone.Information);
        }

        return view.Headline is { } headline
            ? CardParts.Banner(headline.Title, headline.Text, headline.Tone)
            : CardParts.Banner($"Waiting for {view.StageName} review", $"A post for {view.AccountDisplayName} on {view.Platform}.", CardTone.Neutral);
    }

    private static IEnumerable<CardElement> Sources(ApprovalCardView view)
    {
        if (view.Links.Count > 0)
        {
            yield return CardParts.SectionHeading("Links");
            yield return CardParts.Verbatim(string.Join('\n', view.Links));
        }

        if (!string.IsNullOrWhiteSpace(view.SourcesAndNotes))
        {
            yield return CardParts.SectionHeading("Sources and notes");
            yield return CardParts.Verbatim(view.SourcesAndNotes);
        }
    }

    private static IEnumerable<CardElement> Decision(DecisionView decision)
    {
        var stage = decision.StageName is null ? "" : $" ({decision.StageName})";
        yield return new RichTextBlock(
        [
            new TextRun($"{VerdictText.Describe(decision.Verdict)} by {decision.ApproverName}{stage}")
            {
                Weight = TextWeight.Bolder,
                Color = CardParts.Color(VerdictText.Tone(decision.Verdict)),
            },
            new TextRun($", {decision.WhenText}") { IsSubtle = true },
        ]) { Spacing = Spacing.Small };
        if (!string.IsNullOrWhiteSpace(decision.Comment))
        {
            yield return CardParts.Verbatim(decision.Comment, italic: true) with { Spacing = Spacing.None };
        }
    }

    private static ExecuteAction Decide(string title, string verb, ApprovalCardView view) =>
        new(title, verb) { Data = Data(view), AssociatedInputs = AssociatedInputs.Auto };

    private static IReadOnlyDictionary<string, string> Data(ApprovalCardView view) =>
        CardParts.DraftData(view.DraftId, view.Revision, view.StageId);
}
