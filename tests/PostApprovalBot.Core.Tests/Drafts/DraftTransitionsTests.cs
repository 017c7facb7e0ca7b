using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Outcomes;

namespace PostApprovalBot.Core.Tests.Drafts;

[Trait("Category", "Domain")]
public sealed class DraftTransitionsTests
{
    public static TheoryData<DraftState, DraftState> AllowedMoves() => new()
    {
        { DraftState.Submitted, DraftState.InReview },
        { DraftState.Submitted, DraftState.Withdrawn },
        { DraftState.InReview, DraftState.InReview },
        { DraftState.InReview, DraftState.Approved },
        { DraftState.InReview, DraftState.Rejected },
        { DraftState.InReview, DraftState.ChangesRequested },
        { DraftState.InReview, DraftState.Withdrawn },
        { DraftState.InReview, DraftState.Expired },
        { DraftState.ChangesRequested, DraftState.Revised },
        { DraftState.ChangesRequested, DraftState.Withdrawn },
        { DraftState.ChangesRequested, DraftState.Expired },
        { DraftState.Revised, DraftState.InReview },
        { DraftState.Revised, DraftState.Withdrawn },
    };

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void Allowed_move_is_accepted(DraftState from, DraftState to)
    {
        Assert.True(DraftTransitions.CanMove(from, to));
        Assert.Null(DraftTransitions.Check(from, to));
    }

    [Fact]
    public void No_move_outside_the_allowed_list_is_accepted()
    {
        var allowed = AllowedMoves().Select(row => ((DraftState)row[0], (DraftState)row[1])).ToHashSet();
        var states = Enum.GetValues<DraftState>();

        var accepted = states.SelectMany(from => states.Select(to => (from, to)))
            .Where(move => DraftTransitions.CanMove(move.from, move.to))
            .ToHashSet();

        Assert.Equal(allowed.OrderBy(m => m.ToString()), accepted.OrderBy(m => m.ToString()));
    }

    [Theory]
    [InlineData(DraftState.Submitted, DraftState.Approved)]
    [InlineData(DraftState.InReview, DraftState.Revised)]
    [InlineData(DraftState.ChangesRequested, DraftState.Approved)]
    [InlineData(DraftState.ChangesRequested, DraftState.InReview)]
    [InlineData(DraftState.Revised, DraftState.Approved)]
    public void Refused_move_explains_itself(DraftState from, DraftState to)
    {
        var refusal = DraftTransitions.Check(from, to);

        Assert.NotNull(refusal);
        Assert.Equal(RefusalCode.InvalidTransition, refusal.Code);
        Assert.Contains("cannot become", refusal.Message);
    }

    [Theory]
    [InlineData(DraftState.Approved)]
    [InlineData(DraftState.Rejected)]
    [InlineData(DraftState.Withdrawn)]
    [InlineData(DraftState.Expired)]
    public void Final_state_accepts_no_move(DraftState final)
    {
        Assert.True(DraftTransitions.IsFinal(final));
        Assert.All(Enum.GetValues<DraftState>(), to =>
        {
            var refusal = DraftTransitions.Check(final, to);
            Assert.NotNull(refusal);
            Assert.Contains("nothing more can happen", refusal.Message);
        });
    }

    [Theory]
    [InlineData(DraftState.Submitted)]
    [InlineData(DraftState.InReview)]
    [InlineData(DraftState.ChangesRequested)]
    [InlineData(DraftState.Revised)]
    public void Open_state_is_not_final(DraftState open)
    {
        Assert.False(DraftTransitions.IsFinal(open));
    }

    [Fact]
    public void Every_state_has_a_plain_description()
    {
        Assert.All(Enum.GetValues<DraftState>(), state => Assert.False(string.IsNullOrWhiteSpace(DraftTransitions.Describe(state))));
        Assert.Equal("in review", DraftTransitions.Describe(DraftState.InReview));
    }
}
