using System.Globalization;

namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>The submitter's status card: overall state as a coloured banner, then each stage with who decided and when.</summary>
public static class SubmissionStatusCard
{
    public static AdaptiveCard Build(SubmissionStatusView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var overall = Overall(view.Stages);
        var body = new List<CardElement>
        {
            view.ClosedText is { } closed ? CardParts.Banner("Closed", closed, CardTone.Neutral) : Banner(overall, view),
            new FactSet(
            [
                new Fact("Account", $"{view.AccountDisplayName} ({view.Platform})"),
                new Fact("Scheduled for", view.ScheduledTimeText),
                new Fact("Draft", $"{view.DraftId}, revision {view.Revision.ToString(CultureInfo.InvariantCulture)}"),
            ]),
            CardParts.SectionHeading("Approval stages"),
        };
        body.AddRange(view.Stages.Select(Stage));

        var actions = new List<CardAction>();
        if (overall == StageState.ChangesRequested && view.ClosedText is null)
        {
            actions.Add(new ExecuteAction("Revise draft", CardVerbs.ReviseDraft)
            {
                Data = CardParts.DraftData(view.DraftId, view.Revision),
                Style = ActionStyle.Positive,
            });
        }

        return new AdaptiveCard(body)
        {
            Actions = actions,
            FallbackText = $"Your post for {view.AccountDisplayName}: {Describe(overall).ToLowerInvariant()}.",
        };
    }

    /// <summary>A refusal anywhere decides the whole; otherwise changes requested; approved only when every stage approved.</summary>
    private static StageState Overall(IReadOnlyList<StageStatusView> stages)
    {
        if (stages.Any(s => s.State == StageState.Rejected))
        {
            return StageState.Rejected;
        }

        if (stages.Any(s => s.State == StageState.ChangesRequested))
        {
            return StageState.ChangesRequested;
        }

        return stages.Count > 0 && stages.All(s => s.State == StageState.Approved) ? StageState.Approved : StageState.Waiting;
    }

    private static Container Banner(StageState overall, SubmissionStatusView view) => overall switch
    {
        StageState.Approved => CardParts.Banner("Approved for publishing", $"Every stage approved your post for {view.AccountDisplayName}.", CardTone.Good),
        StageState.Rejected => CardParts.Banner("Rejected", $"Your post for {view.AccountDisplayName} will not be published.", CardTone.Attention),
        StageState.ChangesRequested => CardParts.Banner("Changes requested", "Revise the draft and submit it again.", CardTone.Warning),
        _ => CardParts.Banner("Waiting for approval", $"Your post for {view.AccountDisplayName} is being reviewed.", CardTone.Information),
    };

    private static ColumnSet Stage(StageStatusView stage)
    {
        var tone = Tone(stage.State);
        var detail = stage.ByName is null ? null : $"by {stage.ByName}" + (stage.WhenText is null ? "" : $", {stage.WhenText}");
        var status = new List<CardElement>
        {
            new TextBlock(Describe(stage.State)) { Color = CardParts.Color(tone), Weight = TextWeight.Bolder, IsSubtle = stage.State == StageState.NotStarted },
        };
        if (detail is not null)
        {
            status.Add(new TextBlock(detail) { IsSubtle = true, Spacing = Spacing.None });
        }

        if (!string.IsNullOrWhiteSpace(stage.Comment))
        {
            status.Add(CardParts.Verbatim(stage.Comment, italic: true) with { Spacing = Spacing.None });
        }

        return new ColumnSet(
        [
            new Column([new TextBlock(stage.StageName) { Weight = TextWeight.Bolder }]) { Width = "1" },
            new Column(status) { Width = "2" },
        ]) { Spacing = Spacing.Small };
    }

    private static string Describe(StageState state) => state switch
    {
        StageState.NotStarted => "Not started yet",
        StageState.Waiting => "Waiting for review",
        StageState.Approved => "Approved",
        StageState.Rejected => "Rejected",
        _ => "Changes requested",
    };

    private static CardTone Tone(StageState state) => state switch
    {
        StageState.Approved => CardTone.Good,
        StageState.Rejected => CardTone.Attention,
        StageState.ChangesRequested => CardTone.Warning,
        StageState.Waiting => CardTone.Information,
        _ => CardTone.Neutral,
    };
}
