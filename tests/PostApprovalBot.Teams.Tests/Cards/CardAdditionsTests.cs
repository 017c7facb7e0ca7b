using PostApprovalBot.Teams.Activities;
using PostApprovalBot.Teams.Cards;
using PostApprovalBot.Teams.Cards.Views;

namespace PostApprovalBot.Teams.Tests.Cards;

/// <summary>What the channel needs from the cards beyond the basics: refusals in place, closed drafts, findings before routing, quoted text.</summary>
[Trait("Category", "Teams")]
public sealed class CardAdditionsTests
{
    [Fact]
    public void Refused_click_is_explained_right_under_the_banner_in_attention_colour()
    {
        var card = ApprovalCard.Build(CardGallery.PendingApproval with { Refusal = "The Legal stage was already decided by Lee Legal." }).ToJson();

        var box = card["body"]![1]!;
        Assert.Equal("attention", (string?)box["style"]);
        Assert.Equal("The Legal stage was already decided by Lee Legal.", (string?)box["items"]![0]!["text"]);
    }

    [Fact]
    public void Headline_replaces_the_waiting_banner_for_a_viewer_who_may_not_act()
    {
        var view = CardGallery.PendingApproval with { ViewerMayAct = false, Headline = new NoticeView("Withdrawn", "Ana withdrew this draft.", CardTone.Neutral) };

        var banner = ApprovalCard.Build(view).ToJson()["body"]![0]!;

        Assert.Equal("Withdrawn", (string?)banner["items"]![0]!["text"]);
    }

    [Fact]
    public void Headline_never_hides_the_buttons_of_an_approver_whose_turn_it_is()
    {
        var card = ApprovalCard.Build(CardGallery.PendingApproval with { Headline = new NoticeView("Ignored", "x", CardTone.Neutral) }).ToJson();

        Assert.Equal("Your review is needed", (string?)card["body"]![0]!["items"]![0]!["text"]);
    }

    [Fact]
    public void Links_and_sources_are_shown_verbatim_to_approvers()
    {
        var view = CardGallery.PendingApproval with { Links = ["https://contoso.example/*lyon*"], SourcesAndNotes = "Press release [v2]" };

        var runs = ApprovalCard.Build(view).ToJson().OfType("TextRun").Select(r => (string?)r["text"]).ToList();

        Assert.Contains("https://contoso.example/*lyon*", runs);
        Assert.Contains("Press release [v2]", runs);
    }

    [Fact]
    public void Findings_on_the_form_come_with_a_confirming_submit_that_carries_the_fingerprint()
    {
        var view = new DraftFormView(CardGallery.Accounts, CardGallery.TimeZones)
        {
            Findings = [new PolicyFindingView(FindingSeverity.Warning, "Headcount news needs legal review.")],
            ConfirmationKey = "abc123",
        };

        var card = DraftFormCard.Build(view).ToJson();

        var submit = card.OfType("Action.Execute").Single();
        Assert.Equal(("Submit with these findings", "abc123"), ((string)submit["title"]!, (string)submit["data"]![CardDataKeys.Confirmation]!));
        Assert.Contains("Headcount news needs legal review.", card.Texts());
    }

    [Fact]
    public void Confirmation_comes_back_from_the_invoke_data()
    {
        var request = new AdaptiveCardActionRequest(CardVerbs.SubmitDraft, null, new() { [CardDataKeys.Confirmation] = "abc123", ["text"] = "Hi" }, ActionTrigger.Manual);

        Assert.Equal("abc123", DraftFormSubmission.Read(request)!.Confirmation);
    }

    [Fact]
    public void Closed_draft_shows_a_neutral_closed_banner_and_offers_no_revision()
    {
        var view = new SubmissionStatusView("D-1", 2, "Contoso", "LinkedIn", "today", [new StageStatusView("Legal", StageState.ChangesRequested)])
        {
            ClosedText = "Draft D-1 was withdrawn.",
        };

        var card = SubmissionStatusCard.Build(view).ToJson();

        Assert.Equal(("emphasis", "Closed"), ((string)card["body"]![0]!["style"]!, (string)card["body"]![0]!["items"]![0]!["text"]!));
        Assert.Empty(card.OfType("Action.Execute"));
    }

    [Fact]
    public void Notice_quotes_peoples_text_verbatim()
    {
        var card = NoticeCard.Build(new NoticeView("Approved", "Publish exactly this:", CardTone.Good) { QuotedText = "We *love* [Lyon]" }).ToJson();

        Assert.Contains(card.OfType("TextRun"), r => (string?)r["text"] == "We *love* [Lyon]");
    }
}
