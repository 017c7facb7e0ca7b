using PostApprovalBot.Browser.Tests.Flows;
using PostApprovalBot.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PostApprovalBot.Browser.Tests;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class RequestChangesTests(PlaygroundRig rig)
{
    [Fact]
    public async Task Legal_requests_changes_the_employee_revises_from_the_card_and_the_revision_is_approved()
    {
        var story = rig.Story();
        await using var windows = await rig.OpenAsync(Persona.Lena, Persona.Colin, Persona.Chloe, Persona.Emma);
        var (lena, colin, chloe, emma) = (windows[Persona.Lena], windows[Persona.Colin], windows[Persona.Chloe], windows[Persona.Emma]);
        const string first = "Our Lyon office is the best place to work in France.";
        const string revised = "Our Lyon office was certified a Great Place to Work in 2025.";

        var draftId = await DraftSteps.SubmitAsync(story, emma, DraftSteps.LinkedIn, first);
        await story.StepAsync(lena, "asks for changes with a comment", async () =>
        {
            var card = await lena.WaitForCardAsync("Your review is needed", draftId, first);
            await lena.TypeAsync(card.GetByLabel("Comment for the submitter"), "Superlatives need a source: name the certification instead.");
            await lena.ClickAsync(card, "Request changes");
            await lena.WaitForCardAsync($"Changes requested by {Persona.Lena.Name}", draftId);
        });
        await story.StepAsync(emma, "reads the request and opens the revision form", async () =>
        {
            var notice = await emma.WaitForCardAsync($"Changes requested: draft {draftId}");
            await Expect(notice).ToContainTextAsync("name the certification instead");
            await emma.ClickAsync(notice, "Revise draft");
            await emma.WaitForCardAsync($"Revise draft {draftId}");
        });
        await story.StepAsync(emma, "sends the revision", async () =>
        {
            var form = emma.Card($"Revise draft {draftId}");
            await emma.TypeAsync(form.GetByLabel("Post text"), revised);
            await emma.ClickAsync(form, "Submit for approval");
            await DraftSteps.SentOrConfirmAsync(emma, $"of draft {draftId} sent for approval");
        });

        await DraftSteps.ApproveAsync(story, lena, draftId, revised);
        await DraftSteps.ApproveAsync(story, colin, draftId, revised);
        await DraftSteps.ApproveAsync(story, chloe, draftId, revised);
        await story.StepAsync(emma, "gets the revised text approved", async () =>
        {
            var approved = await emma.WaitForCardAsync($"Approved: draft {draftId}");
            await Expect(approved).ToContainTextAsync(revised);
            await Expect(approved).ToContainTextAsync("revision 2");
        });
    }
}
