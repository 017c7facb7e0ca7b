using System.Diagnostics;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Hostile;

/// <summary>
/// A bounded fuzz loop (fixed seed, 300 requests) over /api/messages and the three Slack endpoints with mutated real
/// payloads: a message, a card click and a form from Teams; an event, a slash command, a button click and a modal
/// submission from Slack. Slack bodies are signed after mutation and Teams tokens are valid, so the mutations reach
/// the parsers and handlers. No answer may be a 5xx, and no Teams invoke may be answered with the "something went wrong" error.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Security")]
public sealed class EndpointFuzzTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int Iterations = 300;
    private const int Seed = 20261126;
    private TeamsBot teams = null!;
    private SlackBot slack = null!;
    private readonly List<(string Path, JsonNode Payload)> corpus = [];

    public async Task InitializeAsync()
    {
        teams = await TeamsBot.StartAsync(azurite);
        await teams.InstallAsync(Emma, Lena);
        var flow = new TeamsFlow(teams);
        var draftId = await flow.SubmitAsync(Emma, "A post to fuzz around.");
        var card = await flow.ApprovalCardAsync(Lena, draftId);
        corpus.Add(("teams", TeamsActivities.Message(teams.ServiceUrl, Emma, "my drafts")));
        corpus.Add(("teams", TeamsActivities.CardClick(teams.ServiceUrl, Lena, "approve", CardReading.Click(card.Card!, "approve"))));
        corpus.Add(("teams", TeamsActivities.CardClick(teams.ServiceUrl, Emma, "submitDraft",
            new JsonObject { ["accountId"] = TeamsCompany.AccountId, ["text"] = "Fuzzed post", ["timeZoneId"] = "Europe/Paris", ["scheduledDate"] = "2031-01-02", ["scheduledTime"] = "09:30" })));

        slack = await SlackBot.StartAsync(azurite);
        foreach (var person in new[] { SlackCompany.Emma, SlackCompany.Lena, SlackCompany.Colin, SlackCompany.Chloe }) await slack.OpenHomeAsync(person);
        var slackDraft = await slack.SubmitDraftAsync(SlackCompany.Emma, "A Slack post to fuzz around.");
        var message = await slack.ApprovalRequestAsync(SlackCompany.Lena, slackDraft);
        var (_, _, trigger) = await slack.SlashAsync(SlackCompany.Emma, "");
        var view = await slack.OpenedViewAsync(trigger);
        corpus.Add(("/slack/events", new JsonObject
        {
            ["token"] = "legacy", ["team_id"] = SlackSignedRequests.TeamId, ["api_app_id"] = SlackSignedRequests.AppId, ["type"] = "event_callback", ["event_id"] = "EvFUZZ0001",
            ["event"] = new JsonObject { ["type"] = "message", ["user"] = SlackCompany.Emma.UserId, ["channel"] = SlackCompany.Emma.DirectChannel, ["channel_type"] = "im", ["text"] = "my drafts", ["ts"] = "1780000000.000100" },
        }));
        corpus.Add(("/slack/commands", new JsonObject
        {
            ["team_id"] = SlackSignedRequests.TeamId, ["channel_id"] = SlackCompany.Emma.DirectChannel, ["user_id"] = SlackCompany.Emma.UserId, ["command"] = "/post",
            ["text"] = "my drafts", ["response_url"] = "https://hooks.slack.com/commands/T0CONTOSO/1/abc", ["trigger_id"] = "trigger.fuzz", ["api_app_id"] = SlackSignedRequests.AppId,
        }));
        corpus.Add(("/slack/interactions", SlackPayloads.MessageClick(SlackCompany.Lena, message, message.Button("approval_approve")!, "trigger.fuzz.2")));
        corpus.Add(("/slack/interactions", SlackPayloads.ViewSubmission(SlackCompany.Emma, view, SlackPayloads.DraftForm(view, SlackCompany.LinkedIn, "Fuzzed Slack post"))));
    }

    public async Task DisposeAsync()
    {
        await teams.DisposeAsync();
        await slack.DisposeAsync();
    }

    [Fact]
    public async Task Three_hundred_mutated_real_payloads_get_no_5xx_and_no_unexplained_invoke_error()
    {
        var mutator = new PayloadMutator(Seed);
        var problems = new List<string>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Iterations && clock.Elapsed < TimeSpan.FromSeconds(50); i++)
        {
            var (path, payload) = corpus[i % corpus.Count];
            var body = mutator.Mutate(payload);
            var (status, answer) = await SendAsync(path, body);
            if ((int)status >= 500 || answer.Contains("\"BotError\"", StringComparison.Ordinal))
                problems.Add($"#{i} {path} → {(int)status} {answer[..Math.Min(200, answer.Length)]}\n   body: {body[..Math.Min(300, body.Length)]}");
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {Iterations} mutated requests (seed {Seed}) failed:\n" + string.Join("\n", problems.Take(10)));
    }

    private async Task<(HttpStatusCode Status, string Answer)> SendAsync(string path, string body)
    {
        HttpResponseMessage response;
        if (path == "teams")
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + teams.ValidToken());
            response = await teams.Http.SendAsync(request);
        }
        else if (path == "/slack/events")
        {
            response = await slack.Requests.SendAsync(path, body, "application/json");
        }
        else if (path == "/slack/commands")
        {
            // A slash command is a form: the mutated JSON's fields become form fields; mutated bytes become one raw field.
            var fields = TryParse(body) is JsonObject form
                ? form.ToDictionary(f => f.Key, f => f.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : f.Value?.ToJsonString() ?? "")
                : new Dictionary<string, string> { ["text"] = body };
            response = await slack.Requests.SendAsync(path, SlackSignedRequests.Form(fields), "application/x-www-form-urlencoded");
        }
        else
        {
            response = await slack.Requests.SendAsync(path, SlackSignedRequests.Form(new Dictionary<string, string> { ["payload"] = body }), "application/x-www-form-urlencoded");
        }
        using (response) return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static JsonNode? TryParse(string body)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException)
        {
            return null;
        }
    }
}
