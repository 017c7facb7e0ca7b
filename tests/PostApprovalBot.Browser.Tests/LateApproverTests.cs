using Microsoft.Playwright;
using PostApprovalBot.Browser.Tests.Flows;
using PostApprovalBot.Browser.Tests.Infrastructure;

namespace PostApprovalBot.Browser.Tests;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class LateApproverTests(PlaygroundRig rig)
{
    [Fact]
    public async Task Approver_who_opens_the_Playground_after_the_card_was_sent_finds_the_draft_with_pending_and_decides_there()
    {
        var story = rig.Story();
        await using var emma = await rig.OpenAsync(Persona.Emma);
        const string text = "Meet our team at the Lyon careers fair next week.";
        var draftId = await DraftSteps.SubmitAsync(story, emma, DraftSteps.LinkedIn, text);

        // A page opened now starts a new session: a card sent before is not in it, as when a person was away.
        await using var lena = await rig.OpenAsync(Persona.Lena);
        await story.StepAsync(lena, "lists what is waiting for her", async () =>
        {
            await lena.SayAsync("pending");
            var list = await lena.WaitForCardAsync("Waiting for your review", draftId);
            // The row of this draft: the innermost part of the list that holds both its id and an Open button.
            var openButton = lena.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Open", Exact = true });
            var row = list.Locator(".ac-container").Filter(new LocatorFilterOptions { HasText = draftId, Has = openButton }).Last;
            await lena.ClickAsync(row, "Open");
        });
        await DraftSteps.ApproveAsync(story, lena, draftId, text);
        await story.StepAsync(emma, "sees legal approved on her status card", () => emma.WaitForCardAsync("Approved", "by Lena Legal", draftId));
    }
}
