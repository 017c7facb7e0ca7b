using Azure;
using Azure.Data.Tables;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PostApprovalBot.Browser.Tests.WebView;

/// <summary>The audit explorer (/web/audit): an auditor filters, verifies, sees a row altered in storage named, and downloads the CSV.</summary>
[Collection(WebViewCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AuditExplorerTests(WebViewRig rig)
{
    private const string Account = "linkedin-contoso";

    [Fact]
    public async Task Auditor_filters_verifies_sees_a_tampered_row_and_downloads_the_CSV()
    {
        var story = rig.Story();
        var colin = WebPerson.Colin;
        // Ada (admin) makes Colin an auditor with the chat command; the demo company's 'auditors' group starts empty.
        var added = await rig.Chats.AdminCommandOnSlackAsync(WebPerson.Ada, $"approvers auditors add {colin.Email} {colin.Name}");
        var text = $"Audit trail check: our Lyon office hosts students on Saturday ({Guid.NewGuid():N})"[..76] + ").";
        var draftId = await rig.Chats.SubmitOnSlackAsync(WebPerson.Emma, Account, text);

        await using var window = await rig.OpenWindowAsync();
        var page = window.Page;
        await story.StepAsync(colin.FirstName, page, "signs in and opens the audit explorer", async () =>
        {
            await rig.SignInAsync(page, colin);
            await page.GetByRole(AriaRole.Link, new() { Name = "Audit", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit explorer" })).ToBeVisibleAsync();
        });
        await story.StepAsync(colin.FirstName, page, "filters by account and sees the new draft's events", async () =>
        {
            await page.GetByLabel("Account").SelectOptionAsync(Account);
            await page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
            // An event is listed once its day's ledger records it, which follows the draft's commit by a moment.
            await ReloadUntilVisibleAsync(page, page.GetByRole(AriaRole.Link, new() { Name = draftId, Exact = true }).First);
            await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "draft.submitted" }).Filter(new() { HasText = draftId })).ToHaveCountAsync(1);
        });
        await story.StepAsync(colin.FirstName, page, "verifies the period: intact", async () =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Verify the period" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Intact");
        });

        // Someone with the storage key edits the draft's first audit event (its Details) behind the product's back.
        var drafts = rig.Table("drafts");
        var row = (await drafts.GetEntityAsync<TableEntity>(draftId, "aud-00000001")).Value;
        row["Details"] = "account=x-contoso";
        await drafts.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace);

        await story.StepAsync(colin.FirstName, page, "verifies again and sees the edited row named", async () =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Verify the period" }).ClickAsync();
            var alert = page.GetByRole(AriaRole.Alert);
            await Expect(alert).ToContainTextAsync("Broken");
            await Expect(alert).ToContainTextAsync("HashMismatch");
            await Expect(alert).ToContainTextAsync("Event 1 (draft.submitted by emma.employee@contoso.com");
            await Expect(Fact(alert, "Table")).ToHaveTextAsync("drafts");
            await Expect(Fact(alert, "Partition")).ToHaveTextAsync(draftId);
            await Expect(Fact(alert, "Row")).ToHaveTextAsync("aud-00000001");
            await Expect(Fact(alert, "Sequence")).ToHaveTextAsync("1");
            await Expect(Fact(alert, "Field")).ToHaveTextAsync("Hash");
        });
        string csv = "";
        await story.StepAsync(colin.FirstName, page, "downloads the CSV of the filter", async () =>
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export CSV" }).ClickAsync());
            var path = Path.Combine(story.Folder, download.SuggestedFilename);
            await download.SaveAsAsync(path);
            csv = await File.ReadAllTextAsync(path);
        });

        Assert.Contains("is now in Auditors", added, StringComparison.Ordinal);
        var lines = csv.Split("\r\n");
        Assert.StartsWith("record,draft_id,account_id,stream,subject,sequence,revision,step,stage,at_utc,actor_id,actor_name,action", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith($"draft,{draftId},{Account},", StringComparison.Ordinal));
        // The export carries the row as stored now, the edit included: the hashes in the same line tell it apart.
        Assert.Contains(lines, l => l.StartsWith($"event,{draftId},{Account},drafts,{draftId},1,", StringComparison.Ordinal) && l.Contains("account=x-contoso", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Someone_neither_admin_nor_auditor_gets_the_403_page_and_the_attempt_is_audited()
    {
        var story = rig.Story();
        var emma = WebPerson.Emma;

        await using var window = await rig.OpenWindowAsync();
        var page = window.Page;
        await story.StepAsync(emma.FirstName, page, "signs in and sees no audit section", async () =>
        {
            await rig.SignInAsync(page, emma);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Audit", Exact = true })).ToHaveCountAsync(0);
        });
        await story.StepAsync(emma.FirstName, page, "opens the audit explorer and is refused", async () =>
        {
            var response = await page.GotoAsync(rig.Web("audit").ToString());
            Assert.Equal(403, response!.Status);
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("You cannot open this page");
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("'auditors' group");
        });

        var refusals = await rig.Audit.SubjectAsync("admin:refused");
        Assert.Contains(refusals, r => r.Action == "action.refused" && r.ActorId == emma.Email && r.Details == "open the audit explorer: not an auditor");
    }

    /// <summary>The value next to a term of the notice's fact list (dt/dd).</summary>
    private static ILocator Fact(ILocator notice, string term) => notice.Locator($"dt:text-is('{term}') + dd");

    private static async Task ReloadUntilVisibleAsync(IPage page, ILocator wanted)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!await wanted.IsVisibleAsync())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"Not shown within 30 s: {wanted}");
            await Task.Delay(500);
            await page.ReloadAsync();
        }
    }
}
