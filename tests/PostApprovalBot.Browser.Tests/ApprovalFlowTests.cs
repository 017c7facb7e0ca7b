using System.Security.Cryptography;
using System.Text;
using PostApprovalBot.Browser.Tests.Flows;
using PostApprovalBot.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PostApprovalBot.Browser.Tests;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ApprovalFlowTests(PlaygroundRig rig)
{
    [Fact]
    public async Task Draft_submitted_in_the_form_passes_legal_compliance_and_communications_and_the_employee_sees_it_approved()
    {
        var story = rig.Story();
        // Approvers open their pages before anything is submitted: that is when the bot learns where to send their cards.
        await using var windows = await rig.OpenAsync(Persona.Lena, Persona.Colin, Persona.Chloe, Persona.Emma);
        var (lena, colin, chloe, emma) = (windows[Persona.Lena], windows[Persona.Colin], windows[Persona.Chloe], windows[Persona.Emma]);
        const string text = "We are hiring engineers for our new Lyon office: come and meet the team!";

        var draftId = await DraftSteps.SubmitAsync(story, emma, DraftSteps.LinkedIn, text);
        await story.StepAsync(emma, "sees her status card waiting for legal", () => emma.WaitForCardAsync("Waiting for approval", draftId));
        await DraftSteps.ApproveAsync(story, lena, draftId, text);
        await DraftSteps.ApproveAsync(story, colin, draftId, text);
        await DraftSteps.ApproveAsync(story, chloe, draftId, text);

        await story.StepAsync(emma, "sees her status card approved", async () =>
        {
            await emma.WaitForCardAsync("Approved for publishing", draftId);
            // The status card was updated in place: no card of this draft still says it is waiting.
            await Expect(emma.Cards("Waiting for approval", draftId)).ToHaveCountAsync(0);
        });
        await story.StepAsync(emma, "gets the approved text with its fingerprint", async () =>
        {
            var approved = await emma.WaitForCardAsync($"Approved: draft {draftId}");
            await Expect(approved).ToContainTextAsync(text);
            await Expect(approved).ToContainTextAsync(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
        });
    }
}
