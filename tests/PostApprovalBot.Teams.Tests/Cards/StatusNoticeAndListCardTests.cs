using PostApprovalBot.Teams.Cards;
using PostApprovalBot.Teams.Cards.Views;

namespace PostApprovalBot.Teams.Tests.Cards;

[Trait("Category", "Teams")]
public sealed class StatusNoticeAndListCardTests
{
    [Theory]
    [InlineData(StageState.Approved, StageState.Approved, "good", "Approved for publishing")]
    [InlineData(StageState.Approved, StageState.Waiting, "accent", "Waiting for approval")]
    [InlineData(StageState.ChangesRequested, StageState.NotStarted, "warning", "Changes requested")]
    [InlineData(StageState.ChangesRequested, StageState.Rejected, "attention", "Rejected")]
    public void Status_banner_shows_the_overall_state_by_colour_and_title(StageState first, StageState second, string style, string title)
    {
        var card = SubmissionStatusCard.Build(new SubmissionStatusView("D-1", 1, "Contoso", "LinkedIn", "today",
            [new StageStatusView("Communications", first), new StageStatusView("Legal", second)])).ToJson();

        var banner = card["body"]![0]!;
        Assert.Equal((style, title), ((string)banner["style"]!, (string)banner["items"]![0]!["text"]!));
    }

    [Fact]
    public void Status_lists_each_stage_with_who_decided_and_when()
    {
        var card = SubmissionStatusCard.Build(new SubmissionStatusView("D-1", 1, "Contoso", "LinkedIn", "today",
            [new StageStatusView("Legal", StageState.Approved, "Lee Legal", "09:02")])).ToJson();

        Assert.Contains("by Lee Legal, 09:02", card.Texts());
    }

    [Fact]
    public void Submitter_is_offered_a_revision_only_when_changes_are_requested()
    {
        static int ReviseButtons(StageState state) => SubmissionStatusCard.Build(new SubmissionStatusView("D-1", 4, "Contoso", "LinkedIn", "today",
            [new StageStatusView("Legal", state)])).ToJson().OfType("Action.Execute").Count(a => (string?)a["verb"] == CardVerbs.ReviseDraft);

        Assert.Equal(1, ReviseButtons(StageState.ChangesRequested));
        Assert.Equal(0, ReviseButtons(StageState.Waiting));
        Assert.Equal(0, ReviseButtons(StageState.Rejected));
    }

    [Fact]
    public void Refusal_notice_is_red_with_its_facts()
    {
        var card = NoticeCard.Build(new NoticeView("Not allowed", "You cannot approve your own draft.", CardTone.Attention)
        {
            Facts = [new Fact("Draft", "D-1")],
        }).ToJson();

        Assert.Equal("attention", (string?)card["body"]![0]!["style"]);
        Assert.Single(card.OfType("FactSet"));
        Assert.Contains("You cannot approve your own draft.", card.Texts());
    }

    [Fact]
    public void List_rows_open_their_draft_by_id_only()
    {
        var card = DraftListCard.Build(new DraftListView("Queue", [new DraftListRow("D-9", "Contoso (X)", "Waiting", CardTone.Information)])).ToJson();

        var open = card.OfType("Action.Execute").Single();
        Assert.Equal(CardVerbs.OpenDraft, (string?)open["verb"]);
        Assert.Equal(["draftId"], open["data"]!.AsObject().Select(p => p.Key));
        Assert.Equal("D-9", (string?)open["data"]!["draftId"]);
    }

    [Fact]
    public void Long_lists_are_cut_with_a_count_of_what_is_not_shown()
    {
        var rows = Enumerable.Range(1, DraftListCard.MaxRows + 5).Select(i => new DraftListRow($"D-{i}", "Contoso (X)", "Waiting", CardTone.Neutral)).ToList();

        var card = DraftListCard.Build(new DraftListView("Queue", rows)).ToJson();

        Assert.Equal(DraftListCard.MaxRows, card.OfType("Action.Execute").Count());
        Assert.Contains("5 more not shown.", card.Texts());
    }

    [Fact]
    public void Empty_list_says_so()
    {
        var card = DraftListCard.Build(new DraftListView("My drafts", []) { EmptyText = "No drafts yet." }).ToJson();

        Assert.Contains("No drafts yet.", card.Texts());
        Assert.Empty(card.OfType("Action.Execute"));
    }
}
