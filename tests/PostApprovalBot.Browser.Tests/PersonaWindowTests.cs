using Microsoft.Playwright;
using PostApprovalBot.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PostApprovalBot.Browser.Tests;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PersonaWindowTests(PlaygroundRig rig)
{
    public static TheoryData<string> Personas => [.. Persona.All.Select(p => p.File)];

    [Theory]
    [MemberData(nameof(Personas))]
    public async Task Each_persona_is_signed_in_to_its_own_Playground_and_the_bot_knows_them_by_name(string file)
    {
        var persona = Persona.All.Single(p => p.File == file);
        var story = rig.Story($"{nameof(Each_persona_is_signed_in_to_its_own_Playground_and_the_bot_knows_them_by_name)}-{file}");

        // Opening the page is what registers the person: it returns once the bot, having read their e-mail, greets them by name.
        await using var window = await rig.OpenAsync(persona);

        await story.StepAsync(window, "is signed in and greeted", async () =>
        {
            await Expect(window.Page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = persona.Name, Exact = true })).ToBeVisibleAsync();
            await Expect(window.Card($"Hi {persona.Name}!")).ToContainTextAsync("new");
        });
    }
}
