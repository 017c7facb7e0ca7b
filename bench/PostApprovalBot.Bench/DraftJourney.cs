using System.Diagnostics;

namespace PostApprovalBot.Bench;

/// <summary>
/// One client's work for one post: submit it (Teams form or Slack /post and modal), then, stage by stage, wait for the
/// approval request to reach one approver of the stage and click Approve there. Every request is timed to its answer.
/// </summary>
public sealed class DraftJourney(BenchWorld world, CardWatcher watcher, CompletionWatcher completions, LatencyRecorder latencies, BenchTally tally)
{
    public const string TeamsSubmit = "POST /api/messages  invoke submitDraft";
    public const string TeamsApprove = "POST /api/messages  invoke approve";
    public const string SlackCommand = "POST /slack/commands  /post";
    public const string SlackSubmit = "POST /slack/interactions  view_submission";
    public const string SlackApprove = "POST /slack/interactions  block_actions approve";
    public const string CardDelivery = "approval request delivered (after the previous ack)";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public async Task RunAsync(int post)
    {
        var company = world.Company;
        var submitter = company.Spokespersons[post % company.Spokespersons.Count];
        var text = $"bench-{post:D6}: Contoso opens its new office in Lyon today. Meet the team at the open house on Friday.";
        if (!await SubmitAsync(submitter, text)) return;
        var previousAck = Stopwatch.GetTimestamp();
        string? draftId = null;
        for (var stage = 0; stage < BenchCompany.Stages.Length; stage++)
        {
            var group = company.Groups[stage];
            var approver = group[(post / company.Spokespersons.Count + post) % group.Count];
            ApprovalRequest request;
            try
            {
                request = await watcher.ApprovalAsync(approver, post).WaitAsync(Patience);
            }
            catch (TimeoutException)
            {
                tally.Failed($"no approval request for {approver.Name} at {BenchCompany.Stages[stage]} within {Patience.TotalSeconds} s");
                return;
            }
            latencies.Add(CardDelivery, previousAck);
            draftId = request.DraftId;
            if (!await ApproveAsync(approver, request)) return;
            previousAck = Stopwatch.GetTimestamp();
            tally.Decided();
        }
        if (!await completions.ApprovedAsync(draftId!).WaitAsync(Patience).ContinueWith(t => t.IsCompletedSuccessfully && t.Result))
            tally.Failed($"draft {draftId} was not approved within {Patience.TotalSeconds} s of its last click");
        else tally.PostApproved();
    }

    private async Task<bool> SubmitAsync(BenchPerson submitter, string text)
    {
        if (submitter.Teams is { } teams)
        {
            StepHeaderHandler.Name("submit");
            var data = new JsonObject { ["accountId"] = BenchCompany.AccountId, ["text"] = text, ["timeZoneId"] = "UTC" };
            var started = Stopwatch.GetTimestamp();
            using var response = await world.PostActivityAsync(TeamsActivities.CardClick(world.ServiceUrl, teams, "submitDraft", data));
            latencies.Add(TeamsSubmit, started);
            var body = await response.Content.ReadAsStringAsync();
            return Check(response, body.Contains("sent for approval", StringComparison.Ordinal), "Teams submission", body);
        }
        var user = submitter.Slack!;
        StepHeaderHandler.Name("/post");
        var trigger = world.SlackRequests.NewTriggerId();
        var commandStarted = Stopwatch.GetTimestamp();
        using (var command = await world.SlackRequests.SlashCommandAsync(user, "", trigger))
        {
            latencies.Add(SlackCommand, commandStarted);
            if (!Check(command, true, "Slack /post", "")) return false;
        }
        var view = await watcher.OpenedViewAsync(trigger).WaitAsync(Patience);
        StepHeaderHandler.Name("submit");
        var started2 = Stopwatch.GetTimestamp();
        using var submitted = await world.SlackRequests.InteractionAsync(SlackPayloads.ViewSubmission(user, view, SlackPayloads.DraftForm(view, BenchCompany.AccountId, text)));
        latencies.Add(SlackSubmit, started2);
        var answer = await submitted.Content.ReadAsStringAsync();
        return Check(submitted, answer.Contains("\"clear\"", StringComparison.Ordinal), "Slack submission", answer);
    }

    private async Task<bool> ApproveAsync(BenchPerson approver, ApprovalRequest request)
    {
        StepHeaderHandler.Name("approve");
        if (approver.Teams is { } teams)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await world.PostActivityAsync(TeamsActivities.CardClick(world.ServiceUrl, teams, "approve", request.TeamsApproveData!));
            latencies.Add(TeamsApprove, started);
            var body = await response.Content.ReadAsStringAsync();
            return Check(response, body.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal), "Teams approval", body);
        }
        var click = SlackPayloads.MessageClick(approver.Slack!, request.SlackMessage!, request.SlackApproveButton!, world.SlackRequests.NewTriggerId());
        var began = Stopwatch.GetTimestamp();
        using var answer = await world.SlackRequests.InteractionAsync(click);
        latencies.Add(SlackApprove, began);
        return Check(answer, true, "Slack approval", "");
    }

    private bool Check(HttpResponseMessage response, bool expected, string what, string body)
    {
        if (response.StatusCode == HttpStatusCode.OK && expected) return true;
        tally.Failed($"{what} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
        return false;
    }
}
