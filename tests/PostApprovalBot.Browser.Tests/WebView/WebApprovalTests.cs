using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Eventually = PostApprovalBot.Testing.Eventually;

namespace PostApprovalBot.Browser.Tests.WebView;

[Collection(WebViewCollection.Name)]
[Trait("Category", "Browser")]
public sealed class WebApprovalTests(WebViewRig rig)
{
    [Fact]
    public async Task Approver_signs_in_sees_the_queue_approves_and_the_Teams_and_Slack_cards_are_updated()
    {
        var story = rig.Story();
        var lena = WebPerson.Lena;
        // Lena uses the bot in both chats, so her approval card goes to both.
        await rig.Chats.MeetOnTeamsAsync(lena);
        await rig.Chats.MeetOnSlackAsync(lena);
        var text = $"Our Lyon office opens its doors to students on Saturday ({Guid.NewGuid():N})"[..70] + ").";
        var draftId = await rig.Chats.SubmitOnSlackAsync(WebPerson.Emma, "linkedin-contoso", text);
        var teamsCard = await rig.Chats.TeamsCardAsync(lena, draftId);
        var slackCard = await rig.Chats.SlackCardAsync(lena, draftId);

        await using var window = await rig.OpenWindowAsync();
        var page = window.Page;
        await story.StepAsync(lena.FirstName, page, "is sent to Entra to sign in", () => rig.OpenSignedOutAsync(page));
        await story.StepAsync(lena.FirstName, page, "signs in", () => rig.SignInAsync(page, lena));
        await story.StepAsync(lena.FirstName, page, "sees the draft waiting for her", async () =>
        {
            await page.GotoAsync(rig.Web("drafts").ToString());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Waiting for me" })).ToBeVisibleAsync();
            var link = page.GetByRole(AriaRole.Link, new() { Name = draftId, Exact = true });
            await Expect(link).ToBeVisibleAsync();
            Assert.Equal("Waiting for me", await WebPage.HeadingAboveAsync(link));
        });
        await story.StepAsync(lena.FirstName, page, "opens the draft", async () =>
        {
            await page.GetByRole(AriaRole.Link, new() { Name = draftId, Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(rig.Web("drafts/" + draftId).ToString());
            await Expect(page.GetByText(text)).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Comment" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Request changes" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Reject" })).ToBeVisibleAsync();
        });
        await story.StepAsync(lena.FirstName, page, "approves", async () =>
        {
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Comment" }).FillAsync("Fine for legal.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
            var outcome = page.GetByRole(AriaRole.Status);
            await Expect(outcome).ToContainTextAsync("Approved by");
            await Expect(outcome).ToContainTextAsync(lena.Name);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true })).ToHaveCountAsync(0);
        });

        // The decision reaches both chats: each of her cards is updated in place, its buttons gone.
        var teamsUpdate = await Eventually.GetAsync(
            () => rig.Chats.Connector.To(lena).LastOrDefault(c => c.IsUpdate && c.ActivityId == teamsCard.ActivityId),
            "the update of Lena's Teams card", TimeSpan.FromSeconds(30));
        Assert.Contains($"Approved by {lena.Name}", teamsUpdate.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("\"verb\":\"approve\"", teamsUpdate.Card!.ToJsonString(), StringComparison.Ordinal);
        await Eventually.HoldsAsync(
            () => rig.Chats.Slack.Calls.Any(c => c.Method == "chat.update" && c.Argument("ts") == slackCard.Ts && c.Succeeded),
            "chat.update of Lena's Slack card", TimeSpan.FromSeconds(30));
        Assert.Contains(lena.Name, slackCard.Text, StringComparison.Ordinal);
        Assert.Contains("approved", slackCard.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Null(slackCard.Button("approval_approve"));
    }
}
