using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PostApprovalBot.Browser.Tests.WebView;

[Collection(WebViewCollection.Name)]
[Trait("Category", "Browser")]
public sealed class WebAdministrationTests(WebViewRig rig)
{
    [Fact]
    public async Task Admin_grants_and_revokes_a_spokesperson_and_imports_a_CSV()
    {
        var story = rig.Story();
        var ada = WebPerson.Ada;
        // People of this run only, so the rig's other tests and earlier runs never show in these rows.
        var run = Guid.NewGuid().ToString("N")[..8];
        var (noah, olga, piet) = ($"noah.{run}@contoso.com", $"olga.{run}@contoso.com", $"piet.{run}@contoso.com");
        var until = DateTime.UtcNow.Date.AddDays(7).ToString("yyyy-MM-dd");

        await using var window = await rig.OpenWindowAsync();
        var page = window.Page;
        await story.StepAsync(ada.FirstName, page, "signs in through Entra", () => rig.SignInAsync(page, ada));
        await story.StepAsync(ada.FirstName, page, "opens the administration pages", async () =>
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Administration" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Administration", Exact = true })).ToBeVisibleAsync();
        });
        foreach (var (link, heading) in new[] { ("Accounts", "Company accounts"), ("Approver groups", "Legal"), ("Routes", "Route of linkedin-contoso"), ("Policy", "Lexicon") })
        {
            await story.StepAsync(ada.FirstName, page, "sees " + link, async () =>
            {
                await page.GotoAsync(rig.Web("admin").ToString());
                await page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading }).First).ToBeVisibleAsync();
            });
        }
        await story.StepAsync(ada.FirstName, page, "grants Noah Contoso on LinkedIn for a week", async () =>
        {
            await page.GotoAsync(rig.Web("admin/spokespersons").ToString());
            await page.GetByLabel("Person's work e-mail").FillAsync(noah);
            await page.GetByLabel("May submit posts for").SelectOptionAsync("linkedin-contoso");
            await page.GetByLabel("Until").FillAsync(until);
            await page.GetByRole(AriaRole.Button, new() { Name = "Grant", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{noah} may now speak for linkedin-contoso until {until} 00:00 UTC");
            var row = page.Locator("tr", new() { HasText = noah });
            await Expect(row).ToContainTextAsync("Contoso on LinkedIn");
            await Expect(row).ToContainTextAsync("expires soon");
        });
        await story.StepAsync(ada.FirstName, page, "revokes Noah's grant", async () =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = $"Revoke {noah} for linkedin-contoso" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{noah} no longer speaks for linkedin-contoso");
            var row = page.Locator("tr", new() { HasText = noah });
            await Expect(row).ToContainTextAsync("revoked");
            await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Revoke" })).ToHaveCountAsync(0);
        });
        await story.StepAsync(ada.FirstName, page, "imports a CSV of two grants", async () =>
        {
            await page.GetByLabel("or paste it here").FillAsync($"email,account,platform,until\n{olga},x-contoso,,\n{piet},,linkedin,{until}\n");
            await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Imported 2 grant(s)");
            await Expect(page.Locator("tr", new() { HasText = olga })).ToContainTextAsync("Contoso on X");
            await Expect(page.Locator("tr", new() { HasText = piet })).ToContainTextAsync("every LinkedIn account");
        });

        // Each change is in the audit trail as Ada's, with the grant after it (and before it, for the revocation).
        var audit = (await rig.Audit.SubjectAsync("admin:grants")).Where(r => r.ActorId == ada.Email).ToList();
        var granted = audit.Where(r => r.Action == "spokesperson.granted").ToList();
        foreach (var person in new[] { noah, olga, piet })
            Assert.Contains(granted, r => r.Before is null && r.After!.Contains(person, StringComparison.Ordinal));
        var revoked = Assert.Single(audit, r => r.Action == "spokesperson.revoked" && r.Before!.Contains(noah, StringComparison.Ordinal));
        Assert.Equal(ada.Email, (string?)JsonNode.Parse(revoked.After!)!["revokedBy"]?["value"]);
    }

    [Fact]
    public async Task Non_admin_is_refused_the_admin_pages_and_the_refusal_is_audited()
    {
        var story = rig.Story();
        var emma = WebPerson.Emma;
        var refusedBefore = (await rig.Audit.SubjectAsync("admin:refused")).Count(r => r.ActorId == emma.Email);

        await using var window = await rig.OpenWindowAsync();
        var page = window.Page;
        await story.StepAsync(emma.FirstName, page, "signs in through Entra", () => rig.SignInAsync(page, emma));
        await story.StepAsync(emma.FirstName, page, "sees no administration link", async () =>
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Administration" })).ToHaveCountAsync(0));
        foreach (var path in new[] { "admin", "admin/spokespersons" })
        {
            await story.StepAsync(emma.FirstName, page, "is refused /web/" + path, async () =>
            {
                var response = await page.GotoAsync(rig.Web(path).ToString());
                Assert.Equal(403, response!.Status);
                await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Only administrators can open the administration pages.");
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You cannot open this page" })).ToBeVisibleAsync();
                await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Grant" })).ToHaveCountAsync(0);
            });
        }

        var refused = (await rig.Audit.SubjectAsync("admin:refused")).Where(r => r.ActorId == emma.Email).ToList();
        Assert.Equal(refusedBefore + 2, refused.Count);
        Assert.All(refused.Skip(refusedBefore), r =>
        {
            Assert.Equal("action.refused", r.Action);
            Assert.Equal("open the administration pages: not an admin", r.Details);
        });
    }
}
