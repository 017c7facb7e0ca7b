using PostApprovalBot.Core.Outcomes;

namespace PostApprovalBot.Core.Drafts;

/// <summary>The draft state machine: every allowed move, and a plain-language refusal for the rest.</summary>
public static class DraftTransitions
{
    private static readonly Dictionary<DraftState, DraftState[]> Allowed = new()
    {
        [DraftState.Submitted] = [DraftState.InReview, DraftState.Withdrawn],
        [DraftState.InReview] = [DraftState.InReview, DraftState.Approved, DraftState.Rejected, DraftState.ChangesRequested, DraftState.Withdrawn, DraftState.Expired],
        [DraftState.ChangesRequested] = [DraftState.Revised, DraftState.Withdrawn, DraftState.Expired],
        [DraftState.Revised] = [DraftState.InReview, DraftState.Withdrawn],
        [DraftState.Approved] = [],
        [DraftState.Rejected] = [],
        [DraftState.Withdrawn] = [],
        [DraftState.Expired] = [],
    };

    public static bool IsFinal(DraftState state) => Allowed[state].Length == 0;

    public static bool CanMove(DraftState from, DraftState to) => Allowed[from].Contains(to);

    public static Refusal? Check(DraftState from, DraftState to) => CanMove(from, to)
        ? null
        : new Refusal(RefusalCode.InvalidTransition, IsFinal(from)
            ? $"This draft is already {Describe(from)}; nothing more can happen to it."
            : $"A draft that is {Describe(from)} cannot become {Describe(to)}.");

    public static string Describe(DraftState state) => state switch
    {
        DraftState.InReview => "in review",
        DraftState.ChangesRequested => "waiting for changes",
        _ => state.ToString().ToLowerInvariant(),
    };
}
