using PostApprovalBot.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PostApprovalBot.Browser.Tests;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class RefusalTests(PlaygroundRig rig)
{
    [Fact]
    public async Task Submission_by_someone_who_is_not_a_spokesperson_is_refused_with_the_name_of_the_account_owner()
    {
        var story = rig.Story();
        await using var noah = await rig.OpenAsync(Persona.Noah);

        await story.StepAsync(noah, "submits a post for the LinkedIn page", async () =>
        {
            await noah.SayAsync("submit linkedin-contoso Our Lyon office opens its doors to visitors on Saturday.");
            var refusal = await noah.WaitForCardAsync("Not sent");
            await Expect(refusal).ToContainTextAsync("Chloe Comms");
        });
        await story.StepAsync(noah, "asks for the form and is told whom to ask", async () =>
        {
            await noah.SayAsync("new");
            var refusal = await noah.WaitForCardAsync("You are not a spokesperson");
            await Expect(refusal).ToContainTextAsync("Contoso on LinkedIn");
            await Expect(refusal).ToContainTextAsync("owner Chloe Comms");
            await Expect(noah.Cards("New post for approval")).ToHaveCountAsync(0);
        });
    }
}
