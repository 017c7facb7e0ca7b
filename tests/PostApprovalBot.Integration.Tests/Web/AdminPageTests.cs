using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Integration.Tests.Web;

/// <summary>
/// The administration pages' forms over HTTP, in process: a change goes through the core as the signed-in admin and is
/// audited; a refused one keeps what was typed and changes nothing.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Admin")]
public sealed class AdminPageTests(AzuriteFixture azurite) : AdaSignedIn(azurite)
{
    private Task<IReadOnlyList<Core.Audit.AuditEvent>> AuditedAsync(string area) =>
        host.Services.GetRequiredService<IAuditLog>().ListAsync(AdminGate.Subject(area), default);

    [Fact]
    public async Task A_member_added_to_a_group_from_the_page_is_in_the_group_and_audited_as_the_admin()
    {
        var (status, page) = await WebViewHost.SubmitFormAsync(ada, "/web/admin/groups", "/web/admin/groups?handler=AddMember",
            new() { ["Form.Group"] = "legal", ["Form.Email"] = "nadia.counsel@contoso.com", ["Form.PersonName"] = "Nadia Counsel" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("is a member of Legal", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        var legal = (await host.Services.GetRequiredService<IApproverGroupStore>().GetAllAsync(default))["legal"];
        Assert.Contains(legal.Members, m => m.Id.Value == "nadia.counsel@contoso.com");
        var change = (await AuditedAsync("groups"))[^1];
        Assert.Equal(Ada, change.Actor.Id.Value);
        Assert.Contains("nadia.counsel@contoso.com", change.After, StringComparison.Ordinal);
        Assert.DoesNotContain("nadia.counsel@contoso.com", change.Before ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_route_with_a_bad_line_is_refused_line_by_line_keeps_the_text_and_changes_nothing()
    {
        const string Typed = "1 | Legal | legal | any | 24\n2 | Compliance | compliance | most | 24";
        var routes = host.Services.GetRequiredService<IRouteStore>();
        var before = await routes.GetAsync("linkedin-contoso", default);

        var (status, page) = await WebViewHost.SubmitFormAsync(ada, "/web/admin/routes?Account=linkedin-contoso", "/web/admin/routes",
            new() { ["Account"] = "linkedin-contoso", ["Steps"] = Typed });
        var html = WebUtility.HtmlDecode(page);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Line 2: the quorum 'most' is not 'any', 'all' or a number of approvals.", html, StringComparison.Ordinal);
        Assert.Contains(Typed, html.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(before!.Steps.Count, (await routes.GetAsync("linkedin-contoso", default))!.Steps.Count);
        Assert.Empty(await AuditedAsync("routes"));
    }
}
