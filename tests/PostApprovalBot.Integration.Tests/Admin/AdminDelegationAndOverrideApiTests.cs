using System.Net.Http.Json;
using System.Text.Json;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Integration.Tests.Admin;

/// <summary>Delegations and overrides through the admin API, on the demo company.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Admin")]
public sealed class AdminDelegationAndOverrideApiTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string AdaAdmin = "ada.admin@contoso.com";
    private const string Role = AdminApiHost.Role;
    private static readonly Person Emma = Person.FromEmail("emma.employee@contoso.com", "Emma Employee");
    private static readonly Person Sam = Person.FromEmail("sam.sales@contoso.com", "Sam Sales");
    private AdminApiHost _bot = null!;

    public async Task InitializeAsync() => _bot = await AdminApiHost.StartAsync(azurite, AdaAdmin);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private HttpClient As(string email, params string[] roles) => _bot.As(email, roles);

    private DraftService Drafts => _bot.Services.GetRequiredService<DraftService>();

    private async Task<Draft> SubmittedAsync() =>
        (await Drafts.SubmitAsync(Emma, "linkedin-contoso", DraftContent.TextOnly("Meet us at VivaTech, booth 12."), default)).Value.Change.After;

    private static object LegalGroup(params object[] delegations) => new
    {
        name = "Legal",
        members = new[] { new { email = "lena.legal@contoso.com", name = "Lena Legal" } },
        escalation = new { email = AdaAdmin, name = "Ada Admin" },
        delegations,
    };

    [Fact]
    public async Task A_delegation_put_with_the_group_lets_the_delegate_decide_on_behalf_of_the_member()
    {
        using var ada = As(AdaAdmin, Role);
        var put = await ada.PutAsJsonAsync("/admin/api/v1/groups/legal",
            LegalGroup(new { member = "lena.legal@contoso.com", to = new { email = Sam.Id.Value, name = "Sam Sales" }, until = DateTimeOffset.UtcNow.AddDays(7) }));
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        var draft = await SubmittedAsync();

        var decided = await Drafts.DecideAsync(Sam, draft.Id, "Legal", 1, Verdict.Approve, null, default);

        Assert.Contains(Sam.Id, draft.PendingApprovers);
        Assert.True(decided.Succeeded, decided.Refusal?.Message);
        Assert.Equal("lena.legal@contoso.com", decided.Value.Change.Decision!.OnBehalfOf!.Id.Value);
        var audit = await ada.GetFromJsonAsync<JsonElement>("/admin/api/v1/audit/changes/groups");
        Assert.Contains(Sam.Id.Value, audit.EnumerateArray().Last().GetProperty("after").GetString());
    }

    [Fact]
    public async Task A_put_without_delegations_keeps_them_and_an_empty_list_ends_them()
    {
        using var ada = As(AdaAdmin, Role);
        await ada.PutAsJsonAsync("/admin/api/v1/groups/legal",
            LegalGroup(new { member = "lena.legal@contoso.com", to = new { email = Sam.Id.Value, name = "Sam Sales" }, until = DateTimeOffset.UtcNow.AddDays(7) }));

        var kept = await ada.PutAsJsonAsync("/admin/api/v1/groups/legal", new { name = "Legal", members = new[] { new { email = "lena.legal@contoso.com", name = "Lena Legal" } } });
        var groupsAfterKeep = await ada.GetFromJsonAsync<JsonElement>("/admin/api/v1/groups");
        var ended = await ada.PutAsJsonAsync("/admin/api/v1/groups/legal", LegalGroup());
        var groupsAfterEnd = await ada.GetFromJsonAsync<JsonElement>("/admin/api/v1/groups");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (kept.StatusCode, ended.StatusCode));
        Assert.Equal(1, Legal(groupsAfterKeep).GetProperty("delegations").GetArrayLength());
        Assert.Equal(0, Legal(groupsAfterEnd).GetProperty("delegations").GetArrayLength());
    }

    [Fact]
    public async Task A_delegation_by_someone_outside_the_group_is_refused()
    {
        using var ada = As(AdaAdmin, Role);

        var put = await ada.PutAsJsonAsync("/admin/api/v1/groups/legal",
            LegalGroup(new { member = "colin.compliance@contoso.com", to = new { email = Sam.Id.Value, name = "Sam" }, until = DateTimeOffset.UtcNow.AddDays(7) }));

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Contains("only members can delegate", await put.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_override_approves_a_draft_in_review_with_its_reason_recorded()
    {
        using var ada = As(AdaAdmin, Role);
        var draft = await SubmittedAsync();

        var response = await ada.PostAsJsonAsync($"/admin/api/v1/drafts/{draft.Id}/override", new { verdict = "approve", reason = "CEO statement, cleared by phone" });

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var after = (await Drafts.GetAsync(draft.Id, default)).Value.Draft;
        Assert.Equal(DraftState.Approved, after.State);
        var decision = Assert.Single(after.Decisions);
        Assert.True(DraftWorkflow.IsOverride(decision));
        Assert.Equal(("CEO statement, cleared by phone", AdaAdmin), (decision.Comment, decision.Approver.Id.Value));
    }

    [Theory]
    [InlineData("approve", "  ", HttpStatusCode.BadRequest)]
    [InlineData("maybe", "because", HttpStatusCode.BadRequest)]
    public async Task An_override_without_a_reason_or_a_verdict_changes_nothing(string verdict, string reason, HttpStatusCode expected)
    {
        using var ada = As(AdaAdmin, Role);
        var draft = await SubmittedAsync();

        var response = await ada.PostAsJsonAsync($"/admin/api/v1/drafts/{draft.Id}/override", new { verdict, reason });

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(DraftState.InReview, (await Drafts.GetAsync(draft.Id, default)).Value.Draft.State);
    }

    [Fact]
    public async Task Someone_who_is_not_a_bot_administrator_cannot_override()
    {
        using var lena = As("lena.legal@contoso.com", Role);
        var draft = await SubmittedAsync();

        var response = await lena.PostAsJsonAsync($"/admin/api/v1/drafts/{draft.Id}/override", new { verdict = "reject", reason = "Off-brand" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(DraftState.InReview, (await Drafts.GetAsync(draft.Id, default)).Value.Draft.State);
    }

    [Fact]
    public async Task Overriding_an_unknown_draft_is_not_found()
    {
        using var ada = As(AdaAdmin, Role);

        var response = await ada.PostAsJsonAsync("/admin/api/v1/drafts/P-ZZZZZZ/override", new { verdict = "reject", reason = "Off-brand" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static JsonElement Legal(JsonElement groups) => groups.EnumerateArray().Single(g => g.GetProperty("id").GetString() == "legal");
}
