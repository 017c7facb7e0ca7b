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

    [Fact]
    public async Task A_failed_step_saves_the_page_and_the_Playground_log_panel_and_names_them()
    {
        var story = rig.Story();
        await using var window = await rig.OpenAsync(Persona.Noah);

        var failure = await Assert.ThrowsAsync<BrowserStepFailedException>(() => story.StepAsync(window, "waits for a card that never comes", () =>
            Expect(window.Card("A card the bot never sends")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 1_000 })));

        var screenshot = Path.Combine(story.Folder, "01-noah-waits-for-a-card-that-never-comes-FAILED.png");
        var logPanel = Path.Combine(story.Folder, "01-noah-waits-for-a-card-that-never-comes-FAILED-log-panel.txt");
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the failed page's screenshot");
        var logged = await File.ReadAllTextAsync(logPanel);
        Assert.Contains("installationUpdate 200", logged);
        Assert.Contains("\"type\": \"message\"", logged);
        Assert.Contains(screenshot, failure.Message);
        Assert.Contains("--- last output of the bot", failure.Message);
    }
}
