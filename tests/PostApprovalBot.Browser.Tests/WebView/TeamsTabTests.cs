using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PostApprovalBot.Browser.Tests.WebView;

/// <summary>
/// The Teams tab page as Teams runs it: the Teams JavaScript library is replaced by a stand-in that answers as Teams does
/// (initialize, the context with the theme, getAuthToken), so the tab's own script is what is tested, with the host's real check.
/// </summary>
[Collection(WebViewCollection.Name)]
[Trait("Category", "Browser")]
public sealed class TeamsTabTests(WebViewRig rig)
{
    [Fact]
    public async Task Teams_tab_signs_in_with_the_Teams_SSO_token_and_opens_the_drafts_in_the_Teams_theme()
    {
        var story = rig.Story();
        var lena = WebPerson.Lena;
        await using var window = await rig.OpenWindowAsync();
        var page = window.Page;
        await AsTeamsAsync(page, "dark", token: rig.Entra.MintTeamsSsoToken(lena.Email, lena.Name, audience: WebViewRig.ApplicationIdUri));

        await story.StepAsync(lena.FirstName, page, "opens the Drafts tab in Teams (dark theme)", async () =>
        {
            await page.GotoAsync(rig.Web("teams").ToString());
            await Expect(page).ToHaveURLAsync(rig.Web("drafts").ToString());
            await Expect(page.GetByText($"Signed in as {lena.Name}")).ToBeVisibleAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Waiting for me" })).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task Teams_tab_says_what_to_do_when_Teams_gives_no_token_or_the_host_refuses_it()
    {
        var story = rig.Story();
        var lena = WebPerson.Lena;
        await using var window = await rig.OpenWindowAsync();
        var page = window.Page;

        await AsTeamsAsync(page, "default", failure: "consent_required");
        await story.StepAsync(lena.FirstName, page, "opens the tab before the app was granted consent", async () =>
        {
            await page.GotoAsync(rig.Web("teams").ToString());
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Teams could not sign you in: consent_required");
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ask your administrator");
        });

        await AsTeamsAsync(page, "default", token: rig.Entra.MintTeamsSsoToken(lena.Email, lena.Name, foreignKey: true));
        await story.StepAsync(lena.FirstName, page, "opens the tab with a token the host refuses", async () =>
        {
            await page.GotoAsync(rig.Web("teams").ToString());
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Teams could not sign you in (401)");
        });

        var drafts = await page.APIRequest.GetAsync(rig.Web("drafts").ToString(), new() { MaxRedirects = 0 });
        Assert.Equal(302, drafts.Status);
    }

    // What the tab page loads as the Teams library: Teams' answers, scripted. The token (or the error) is what Teams would give.
    private static Task AsTeamsAsync(IPage page, string theme, string? token = null, string? failure = null)
    {
        var answer = failure is null ? $"Promise.resolve({JsonSerializer.Serialize(token)})" : $"Promise.reject(new Error({JsonSerializer.Serialize(failure)}))";
        var script = $$"""
            window.microsoftTeams = {
              app: {
                initialize: () => Promise.resolve(),
                getContext: () => Promise.resolve({ app: { theme: {{JsonSerializer.Serialize(theme)}} } }),
                registerOnThemeChangeHandler: () => {},
                notifySuccess: () => {},
              },
              authentication: { getAuthToken: () => {{answer}} },
            };
            """;
        return page.RouteAsync("**/web/assets/teams-js.min.js", route => route.FulfillAsync(new() { ContentType = "text/javascript", Body = script }));
    }
}
