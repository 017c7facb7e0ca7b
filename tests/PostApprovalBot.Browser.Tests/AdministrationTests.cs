using PostApprovalBot.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PostApprovalBot.Browser.Tests;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AdministrationTests(PlaygroundRig rig)
{
    [Fact]
    public async Task Admin_grants_a_spokesperson_right_from_chat_and_the_newcomer_then_gets_the_form_for_that_account()
    {
        var story = rig.Story();
        await using var windows = await rig.OpenAsync(Persona.Ada, Persona.Noah);
        var (ada, noah) = (windows[Persona.Ada], windows[Persona.Noah]);

        await story.StepAsync(ada, "grants Noah the X account", async () =>
        {
            await ada.SayAsync($"spokesperson grant {Persona.Noah.Email} x-contoso");
            await ada.WaitForCardAsync($"{Persona.Noah.Email} may now speak for x-contoso");
        });
        await story.StepAsync(noah, "opens the form for the X account", async () =>
        {
            await noah.SayAsync("new");
            var form = await noah.WaitForCardAsync("New post for approval");
            await form.GetByPlaceholder("Choose an account").ClickAsync();
            await Expect(noah.Page.GetByRole(Microsoft.Playwright.AriaRole.Option)).ToHaveTextAsync(["Contoso on X (X)"]);
        });
    }
}
