using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Integration.Tests.Admin;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Admin")]
public sealed class AdminApiTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string AdaAdmin = "ada.admin@contoso.com";
    private const string Noah = "noah@contoso.com";
    private const string Role = AdminApiHost.Role;
    private static readonly Person NoahPerson = Person.FromEmail(Noah, "Noah");
    private AdminApiHost _bot = null!;

    public async Task InitializeAsync() => _bot = await AdminApiHost.StartAsync(azurite, AdaAdmin);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private HttpClient As(string email, params string[] roles) => _bot.As(email, roles);

    private Task<Result<DraftOutcome>> NoahSubmitsAsync() =>
        _bot.Services.GetRequiredService<DraftService>().SubmitAsync(NoahPerson, "linkedin-contoso", DraftContent.TextOnly("Come and meet us at VivaTech."), default);

    [Fact]
    public async Task An_admin_grants_and_revokes_a_spokesperson_and_the_next_submission_follows()
    {
        using var ada = As(AdaAdmin, Role);
        Assert.Equal(RefusalCode.NotASpokesperson, (await NoahSubmitsAsync()).Refusal!.Code);

        var granted = await ada.PostAsJsonAsync("/admin/api/v1/spokespersons", new { email = Noah, account = "linkedin-contoso" });
        Assert.True(granted.StatusCode == HttpStatusCode.OK, granted.Headers.WwwAuthenticate.ToString() + await granted.Content.ReadAsStringAsync());
        Assert.True((await NoahSubmitsAsync()).Succeeded);

        var revoked = await ada.PostAsJsonAsync("/admin/api/v1/spokespersons/revoke", new { email = Noah, account = "linkedin-contoso" });
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Contains("revoked", (await NoahSubmitsAsync()).Refusal!.Message);

        var audit = await ada.GetFromJsonAsync<JsonElement>("/admin/api/v1/audit/changes/grants");
        var actions = audit.EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["spokesperson.granted", "spokesperson.revoked"], actions);
        Assert.All(audit.EnumerateArray(), e => Assert.Equal(AdaAdmin, e.GetProperty("actor").GetProperty("id").GetProperty("value").GetString()));
        Assert.Contains(Noah, audit[1].GetProperty("before").GetString());
        Assert.NotEqual(audit[1].GetProperty("before").GetString(), audit[1].GetProperty("after").GetString());
    }

    [Fact]
    public async Task Without_a_token_the_api_answers_401()
    {
        using var anonymous = _bot.Anonymous();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/admin/api/v1/accounts")).StatusCode);
    }

    [Fact]
    public async Task A_token_signed_by_an_unknown_key_is_refused()
    {
        using var forged = _bot.Anonymous();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminTokens.Forged(AdaAdmin));

        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/admin/api/v1/accounts")).StatusCode);
    }

    [Fact]
    public async Task A_token_without_the_admin_role_is_forbidden()
    {
        using var ada = As(AdaAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, (await ada.PostAsJsonAsync("/admin/api/v1/spokespersons", new { email = Noah, account = "linkedin-contoso" })).StatusCode);
    }

    [Fact]
    public async Task A_person_with_the_role_who_is_not_a_bot_admin_is_refused_and_audited()
    {
        using var noah = As(Noah, Role);

        var response = await noah.PostAsJsonAsync("/admin/api/v1/spokespersons", new { email = Noah, account = "linkedin-contoso" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Only administrators", await response.Content.ReadAsStringAsync());
        var refused = await _bot.Services.GetRequiredService<Core.Ports.IAuditLog>().ListAsync("admin:refused", default);
        Assert.Contains(refused, e => e.Actor.Id.Value == Noah);
        Assert.False((await NoahSubmitsAsync()).Succeeded);
    }

    [Fact]
    public async Task Grants_import_from_csv_and_export_back()
    {
        using var ada = As(AdaAdmin, Role);
        var csv = "email,account,platform,until\r\nnoah@contoso.com,linkedin-contoso,,2099-01-01\r\n\"lena.legal@contoso.com\",,x,\r\n";

        var imported = await ada.PostAsync("/admin/api/v1/spokespersons/import", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));
        var export = await ada.GetStringAsync("/admin/api/v1/spokespersons/export.csv");

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Contains(",noah@contoso.com,linkedin-contoso,,ada.admin@contoso.com,", export);
        Assert.Contains(",lena.legal@contoso.com,,x,ada.admin@contoso.com,", export);
        Assert.StartsWith("id,email,account,platform,grantedBy,grantedAt,expiresAt,revokedAt,revokedBy\r\n", export);
    }

    [Fact]
    public async Task A_csv_with_one_bad_line_imports_nothing_and_names_the_line()
    {
        using var ada = As(AdaAdmin, Role);
        var csv = "email,account,platform,until\nnoah@contoso.com,linkedin-contoso,,\nnot-an-email,linkedin-contoso,,\n";

        var response = await ada.PostAsync("/admin/api/v1/spokespersons/import", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Line 3", await response.Content.ReadAsStringAsync());
        Assert.False((await NoahSubmitsAsync()).Succeeded);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_admin_endpoints()
    {
        using var anonymous = _bot.Anonymous();

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/admin/api/v1/openapi.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/admin/api/v1/spokespersons", paths);
        Assert.Contains("/admin/api/v1/accounts/{accountId}/route", paths);
    }

    [Fact]
    public async Task Audit_verify_and_export_answer_for_a_submitted_draft()
    {
        using var ada = As(AdaAdmin, Role);
        await ada.PostAsJsonAsync("/admin/api/v1/spokespersons", new { email = Noah, account = "linkedin-contoso" });
        var draftId = (await NoahSubmitsAsync()).Value.Overview.Draft.Id;
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");

        var verification = await ada.GetFromJsonAsync<JsonElement>($"/admin/api/v1/audit/verify?draft={draftId}");
        var csv = await ada.GetStringAsync($"/admin/api/v1/audit/export?from={today}&to={today}&format=csv");

        Assert.True(verification.GetProperty("isIntact").GetBoolean());
        Assert.True(verification.GetProperty("eventsChecked").GetInt32() >= 2);
        Assert.Contains(draftId, csv);
        Assert.Contains("Come and meet us at VivaTech.", csv);
    }
}
