using PostApprovalBot.Teams.Cards;
using PostApprovalBot.Teams.Cards.Views;

namespace PostApprovalBot.Teams.Tests.Cards;

[Trait("Category", "Teams")]
public sealed class ApprovalCardTests
{
    [Fact]
    public void Approver_whose_turn_it_is_gets_comment_box_and_three_decisions()
    {
        var card = ApprovalCard.Build(CardGallery.PendingApproval).ToJson();

        var decisions = card.OfType("Action.Execute").Where(a => a.Parent is System.Text.Json.Nodes.JsonArray).Select(a => (string)a["verb"]!).ToList();
        Assert.Equal([CardVerbs.Approve, CardVerbs.RequestChanges, CardVerbs.Reject], decisions);
        Assert.Single(card.OfType("Input.Text"), i => (string?)i["id"] == CardDataKeys.Comment);
    }

    [Fact]
    public void Decision_data_names_only_draft_revision_and_stage()
    {
        var card = ApprovalCard.Build(CardGallery.PendingApproval).ToJson();

        foreach (var action in card.OfType("Action.Execute"))
        {
            var data = action["data"]!.AsObject();
            Assert.Equal(["draftId", "revision", "stage"], data.Select(p => p.Key).Order());
            Assert.Equal(("D-1042", "2", "legal"), ((string)data["draftId"]!, (string)data["revision"]!, (string)data["stage"]!));
        }
    }

    [Fact]
    public void Card_asks_listed_approvers_clients_to_refresh_their_own_view()
    {
        var refresh = ApprovalCard.Build(CardGallery.PendingApproval).ToJson()["refresh"]!;

        Assert.Equal(CardVerbs.Refresh, (string?)refresh["action"]!["verb"]);
        Assert.Equal(["29:legal-1", "29:legal-2"], refresh["userIds"]!.AsArray().Select(u => (string)u!));
    }

    [Theory]
    [InlineData(Verdict.Approved, "good", "Approved by Lee Legal")]
    [InlineData(Verdict.Rejected, "attention", "Rejected by Lee Legal")]
    [InlineData(Verdict.ChangesRequested, "warning", "Changes requested by Lee Legal")]
    public void Decided_stage_shows_a_coloured_outcome_banner_and_no_buttons(Verdict verdict, string style, string title)
    {
        var view = CardGallery.PendingApproval with { Outcome = new DecisionView("Lee Legal", verdict, "Tue 4 Mar, 09:02", "See *notes*") };

        var card = ApprovalCard.Build(view).ToJson();

        var banner = card["body"]![0]!;
        Assert.Equal((style, title), ((string)banner["style"]!, (string)banner["items"]![0]!["text"]!));
        Assert.Null(card["actions"]);
        Assert.Empty(card.OfType("Input.Text"));
        Assert.Contains(card.OfType("TextRun"), run => (string?)run["text"] == "See *notes*");
    }

    [Fact]
    public void Viewer_who_may_not_act_sees_who_is_awaited_and_no_decision_buttons()
    {
        var card = ApprovalCard.Build(CardGallery.PendingApproval with { ViewerMayAct = false }).ToJson();

        Assert.Equal("Waiting for Legal review", (string?)card["body"]![0]!["items"]![0]!["text"]);
        Assert.DoesNotContain(card.OfType("Action.Execute"), a => (string?)a["verb"] is CardVerbs.Approve or CardVerbs.Reject or CardVerbs.RequestChanges);
        Assert.Empty(card.OfType("Input.Text"));
    }

    [Fact]
    public void Post_text_is_shown_verbatim_never_as_markdown()
    {
        var card = ApprovalCard.Build(CardGallery.PendingApproval).ToJson();

        Assert.Contains(card.OfType("TextRun"), run => ((string)run["text"]!).Contains("*low-carbon*", StringComparison.Ordinal));
        Assert.DoesNotContain(card.OfType("TextBlock"), block => ((string)block["text"]!).Contains("low-carbon", StringComparison.Ordinal));
    }

    [Fact]
    public void Blocking_findings_come_first_and_read_as_blocking()
    {
        var view = CardGallery.PendingApproval with
        {
            Findings = [new PolicyFindingView(FindingSeverity.Note, "One link."), new PolicyFindingView(FindingSeverity.Blocking, "Quiet period.")],
        };

        var texts = ApprovalCard.Build(view).ToJson().Texts().ToList();

        Assert.True(texts.IndexOf("Blocking") < texts.IndexOf("Note"));
        Assert.True(texts.IndexOf("Quiet period.") < texts.IndexOf("One link."));
    }

    [Fact]
    public void Card_is_a_schema_1_5_adaptive_card()
    {
        var card = ApprovalCard.Build(CardGallery.PendingApproval).ToJson();

        Assert.Equal(("AdaptiveCard", AdaptiveCard.Schema, "1.5"), ((string)card["type"]!, (string)card["$schema"]!, (string)card["version"]!));
    }

    [Fact]
    public void Refresh_for_more_than_sixty_users_is_refused_because_teams_ignores_the_rest()
    {
        var users = Enumerable.Range(0, CardRefresh.MaxUserIds + 1).Select(i => $"29:u{i}").ToList();

        Assert.Throws<ArgumentException>(() => ApprovalCard.Build(CardGallery.PendingApproval with { RefreshUserIds = users }));
    }
}
