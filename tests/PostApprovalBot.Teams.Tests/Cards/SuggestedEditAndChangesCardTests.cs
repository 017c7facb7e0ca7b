using PostApprovalBot.Teams.Activities;
using PostApprovalBot.Teams.Cards.Views;

namespace PostApprovalBot.Teams.Tests.Cards;

/// <summary>The suggested-text field, word diffs on approval cards and notices, and the notice buttons.</summary>
[Trait("Category", "Teams")]
public sealed class SuggestedEditAndChangesCardTests
{
    private static ApprovalCardView Pending => CardGallery.PendingApproval;

    [Fact]
    public void An_approver_who_may_act_gets_an_optional_suggested_text_field_prefilled_with_the_post()
    {
        var card = ApprovalCard.Build(Pending).ToJson();

        var field = Assert.Single(card.OfType("Input.Text"), i => (string?)i["id"] == CardDataKeys.SuggestedText);
        Assert.Equal(CardGallery.PostText, (string?)field["value"]);
        Assert.True((bool?)field["isMultiline"]);
        Assert.NotEqual(true, (bool?)field["isRequired"]);
    }

    [Fact]
    public void No_suggested_text_field_without_a_prefill_or_once_the_viewer_may_not_act()
    {
        Assert.DoesNotContain(ApprovalCard.Build(Pending with { SuggestedTextPrefill = null }).ToJson().OfType("Input.Text"),
            i => (string?)i["id"] == CardDataKeys.SuggestedText);
        Assert.Empty(ApprovalCard.Build(Pending with { ViewerMayAct = false }).ToJson().OfType("Input.Text"));
    }

    [Fact]
    public void The_changes_since_the_previous_revision_strike_removed_and_highlight_added_words()
    {
        var card = ApprovalCard.Build(Pending).ToJson();

        var runs = card.OfType("TextRun").ToList();
        var removed = Assert.Single(runs, r => (string?)r["text"] == "100 ");
        var added = Assert.Single(runs, r => (string?)r["text"] == "120 ");
        Assert.Equal((true, "attention"), ((bool?)removed["strikethrough"], (string?)removed["color"]));
        Assert.Equal((true, "good", "bolder"), ((bool?)added["highlight"], (string?)added["color"], (string?)added["weight"]));
        Assert.Contains("What changed since revision 1", card.Texts());
    }

    [Fact]
    public void A_first_revision_shows_no_changes_section()
    {
        var card = ApprovalCard.Build(Pending with { Changes = [] }).ToJson();

        Assert.DoesNotContain(card.Texts(), t => t.StartsWith("What changed", StringComparison.Ordinal));
        Assert.DoesNotContain(card.OfType("TextRun"), r => (bool?)r["strikethrough"] == true);
    }

    [Fact]
    public void The_suggested_text_is_read_from_the_click_and_a_blank_one_is_none()
    {
        var data = new JsonObject { ["draftId"] = "D-1", ["revision"] = "2", ["stage"] = "legal", ["comment"] = "Say 120.", ["suggestedText"] = "Our 120 engineers" };
        var blank = data.DeepClone().AsObject();
        blank["suggestedText"] = "  ";

        var read = ApprovalActionSubmission.Read(new AdaptiveCardActionRequest(CardVerbs.RequestChanges, null, data, ActionTrigger.Manual));
        var none = ApprovalActionSubmission.Read(new AdaptiveCardActionRequest(CardVerbs.RequestChanges, null, blank, ActionTrigger.Manual));

        Assert.Equal("Our 120 engineers", read!.SuggestedText);
        Assert.Null(none!.SuggestedText);
    }

    [Fact]
    public void Notice_buttons_are_universal_actions_that_name_only_the_draft()
    {
        var card = CardGallery.All()["notice-suggested-edit"].ToJson();

        var actions = card["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.Equal([CardVerbs.AcceptSuggestion, CardVerbs.ReviseDraft], actions.Select(a => (string)a["verb"]!));
        Assert.All(actions, a => Assert.Equal(["draftId"], a["data"]!.AsObject().Select(p => p.Key)));
        Assert.Equal("positive", (string?)actions[0]["style"]);
        Assert.Contains(card.OfType("TextRun"), r => (string?)r["text"] == "120 " && (bool?)r["highlight"] == true);
    }
}
