using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Integration.Tests.Web;

/// <summary>
/// The draft pages follow chat's rules: the same visibility, the same decision through <see cref="DraftService"/>, with the
/// actor taken from the session only. The demo company: Emma submits for linkedin-contoso, Lena reviews Legal, Noah is nobody.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Workflow")]
public sealed class WebViewDraftTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Lena = "lena.legal@contoso.com";
    private const string Noah = "noah.newcomer@contoso.com";
    private const string Text = "Our spring meetup is open for registration at contoso.com/meetup.";
    private WebViewHost host = null!;

    public async Task InitializeAsync() => host = await WebViewHost.StartAsync(azurite);

    public async Task DisposeAsync() => await host.DisposeAsync();

    private DraftService Drafts => host.Services.GetRequiredService<DraftService>();

    private async Task<string> EmmaSubmitsAsync()
    {
        var submitted = await Drafts.SubmitAsync(Person.FromEmail("emma.employee@contoso.com", "Emma Employee"), "linkedin-contoso", DraftContent.TextOnly(Text), default);
        Assert.True(submitted.Succeeded, submitted.Refusal?.Message);
        return submitted.Value.Overview.Draft.Id;
    }

    // The approver's waiting list is brought up to date by the notification dispatcher right after the commit ("waiting for me" may lag).
    private static async Task<string> WaitingQueueAsync(HttpClient approver, string id)
    {
        var deadline = DateTime.UtcNow + Eventually.Timeout;
        while (true)
        {
            var page = await approver.GetStringAsync("/web/drafts");
            var waiting = page[page.IndexOf("Waiting for me", StringComparison.Ordinal)..page.IndexOf("My drafts", StringComparison.Ordinal)];
            if (waiting.Contains(id, StringComparison.Ordinal) || DateTime.UtcNow > deadline) return waiting;
            await Task.Delay(100);
        }
    }

    private async Task<Draft> StoredAsync(string id) => (await Drafts.GetAsync(id, default)).Value.Draft;

    [Fact]
    public async Task The_approver_sees_the_draft_waiting_and_approves_it_from_its_page()
    {
        var id = await EmmaSubmitsAsync();
        using var lena = await host.SignedInAsync(Lena);

        var queue = await WaitingQueueAsync(lena, id);
        var (status, page) = await WebViewHost.SubmitFormAsync(lena, $"/web/drafts/{id}", $"/web/drafts/{id}?handler=Decide",
            new() { ["stage"] = "Legal", ["revision"] = "1", ["verdict"] = "Approve" });

        Assert.Contains($"href=\"/web/drafts/{id}\"", queue);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Approved by you (lena.legal) for Legal", page);
        var decision = Assert.Single((await StoredAsync(id)).Decisions);
        Assert.Equal((Lena, Verdict.Approve, "Legal"), (decision.Approver.Id.Value, decision.Verdict, decision.StageName));
        Assert.Equal(1, (await StoredAsync(id)).StepIndex);
    }

    [Fact]
    public async Task Someone_who_may_not_see_a_draft_learns_nothing_of_it_and_cannot_decide_it_whatever_the_form_says()
    {
        var id = await EmmaSubmitsAsync();
        using var noah = await host.SignedInAsync(Noah);

        var shown = await noah.GetAsync($"/web/drafts/{id}");
        var (status, page) = await WebViewHost.SubmitFormAsync(noah, "/web/drafts", $"/web/drafts/{id}?handler=Decide",
            new() { ["stage"] = "Legal", ["revision"] = "1", ["verdict"] = "Approve", ["actor"] = Lena, ["email"] = Lena });

        Assert.Equal(HttpStatusCode.NotFound, shown.StatusCode);
        Assert.DoesNotContain("spring meetup", await shown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain("spring meetup", page);
        Assert.Empty((await StoredAsync(id)).Decisions);
        Assert.DoesNotContain(id, await noah.GetStringAsync("/web/drafts"));
    }

    [Fact]
    public async Task A_rejection_without_a_comment_is_refused_with_what_to_do_and_changes_nothing()
    {
        var id = await EmmaSubmitsAsync();
        using var lena = await host.SignedInAsync(Lena);

        var (status, page) = await WebViewHost.SubmitFormAsync(lena, $"/web/drafts/{id}", $"/web/drafts/{id}?handler=Decide",
            new() { ["stage"] = "Legal", ["revision"] = "1", ["verdict"] = "Reject", ["Comment"] = "  " });

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("Say why you reject the draft: a comment is required.", page);
        Assert.Contains("<button class=\"danger\" name=\"verdict\" value=\"Reject\">", page);
        Assert.Empty((await StoredAsync(id)).Decisions);
    }

    [Fact]
    public async Task A_form_posted_without_the_antiforgery_token_changes_nothing()
    {
        var id = await EmmaSubmitsAsync();
        using var lena = await host.SignedInAsync(Lena);

        var answer = await lena.PostAsync($"/web/drafts/{id}?handler=Decide",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["stage"] = "Legal", ["revision"] = "1", ["verdict"] = "Approve" }));

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Empty((await StoredAsync(id)).Decisions);
    }
}
