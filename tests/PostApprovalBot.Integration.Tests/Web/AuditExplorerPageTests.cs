using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Integration.Tests.Web;

/// <summary>The audit explorer's page over HTTP, in process: what an admin (auditors' rights) reads, verifies and downloads.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Audit")]
public sealed class AuditExplorerPageTests(AzuriteFixture azurite) : AdaSignedIn(azurite)
{
    private const string Account = "x-contoso";

    [Fact]
    public async Task An_account_and_one_of_its_drafts_verify_intact_and_the_filter_downloads_as_JSON()
    {
        var id = await RecordedDraftAsync();

        var account = await ada.GetStringAsync($"/web/audit?handler=VerifyAccount&Account={Account}");
        var draft = await ada.GetStringAsync($"/web/audit?handler=VerifyDraft&Draft={id.ToLowerInvariant()}");
        var json = await ada.GetAsync($"/web/audit?handler=ExportJson&Account={Account}");

        Assert.Contains($"Intact: the drafts and logs of account {Account}", account, StringComparison.Ordinal);
        Assert.Contains($"Intact: draft {id}", draft, StringComparison.Ordinal);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"\"id\": \"{id}\"", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var exported = Assert.Single(await host.Services.GetRequiredService<IAuditLog>().ListAsync(AdminGate.Subject("audit"), default));
        Assert.Equal((AuditActions.AuditExported, Ada), (exported.Action, exported.Actor.Id.Value));
        Assert.Contains($"\"account\":\"{Account}\"", exported.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_longer_than_31_days_is_refused_with_what_to_do()
    {
        var answer = await ada.GetAsync("/web/audit?From=2026-01-01&To=2026-03-01");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("the explorer reads at most 31 at a time. Narrow the dates", WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_says_what_to_change()
    {
        await RecordedDraftAsync();

        var page = WebUtility.HtmlDecode(await ada.GetStringAsync("/web/audit?Person=nobody%40contoso.com"));

        Assert.Contains("No event of these days matches the filter. Clear the account, person or action", page, StringComparison.Ordinal);
    }

    /// <summary>Emma's draft on X, once the explorer lists it (its events reach the day's ledger just after the commit).</summary>
    private async Task<string> RecordedDraftAsync()
    {
        var emma = Person.FromEmail("emma.employee@contoso.com", "Emma Employee");
        var submitted = await host.Services.GetRequiredService<DraftService>().SubmitAsync(emma, Account, DraftContent.TextOnly("Audit explorer check."), default);
        var id = submitted.Value.Overview.Draft.Id;
        for (var i = 0; i < 100 && !(await ada.GetStringAsync($"/web/audit?Account={Account}")).Contains($"/web/drafts/{id}", StringComparison.Ordinal); i++)
            await Task.Delay(200);
        return id;
    }
}
