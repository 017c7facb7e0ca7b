using System.Collections.Concurrent;
using System.Diagnostics;

namespace PostApprovalBot.Bench;

/// <summary>
/// Approve clicks from many clients released at the same moment: every client waits at a start barrier, then
/// clicks through a shared queue without waiting for anything but its answer. Each click is on another draft, so
/// each is a real decision. Table requests are counted from the release on (the counter is reset there).
/// </summary>
public sealed class ClickBurst(BenchWorld world)
{
    public const string Step = "approve";

    public async Task<ClickBurstRun> RunAsync(string channel, IReadOnlyList<ClickTarget> clicks, int clients)
    {
        var requests = clicks.Select(c => (Click: c, Payload: Payload(c))).ToList();
        await ReleasedTogether.WarmConnectionsAsync(world, clients);
        await world.Counter.QuietAsync();
        var queue = new ConcurrentQueue<(ClickTarget Click, JsonObject Payload)>(requests);
        var acks = new ConcurrentBag<ClickAck>();
        var released = await ReleasedTogether.RunAsync(world, clients, Step, async () =>
        {
            while (queue.TryDequeue(out var next)) acks.Add(await SendAsync(next.Click, next.Payload));
        });
        return new ClickBurstRun(channel, clients, released.At, released.Elapsed, acks.ToList());
    }

    private JsonObject Payload(ClickTarget click) => click.Approver.Teams is { } teams
        ? TeamsActivities.CardClick(world.ServiceUrl, teams, "approve", click.Request.TeamsApproveData!)
        : SlackPayloads.MessageClick(click.Approver.Slack!, click.Request.SlackMessage!, click.Request.SlackApproveButton!, world.SlackRequests.NewTriggerId());

    private const string BusyWording = "did not record anything";

    private async Task<ClickAck> SendAsync(ClickTarget click, JsonObject payload)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = click.Approver.InTeams ? await world.PostActivityAsync(payload) : await world.SlackRequests.InteractionAsync(payload);
            var body = await response.Content.ReadAsStringAsync();
            var elapsed = Stopwatch.GetElapsedTime(started);
            // A Teams invoke is always answered with a card; one saying the bot was busy promised nothing, so it is no "answered" click.
            var answered = !click.Approver.InTeams
                || (body.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal) && !body.Contains(BusyWording, StringComparison.Ordinal));
            var ok = response.StatusCode == HttpStatusCode.OK && answered;
            return new ClickAck(click, (int)response.StatusCode, elapsed, ok, ok ? null : $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 200)]}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new ClickAck(click, 0, Stopwatch.GetElapsedTime(started), false, e.GetType().Name + ": " + e.Message);
        }
    }
}

/// <summary>One click as its client saw it: HTTP status (0 when no answer came), time to the answer, and whether the answer was the expected one.</summary>
public sealed record ClickAck(ClickTarget Click, int Status, TimeSpan Elapsed, bool Ok, string? Error);

/// <summary>A burst of clicks: when the clients were released and how long until the last answer.</summary>
public sealed record ClickBurstRun(string Channel, int Clients, DateTimeOffset ReleasedAt, TimeSpan LastAnswerAfter, IReadOnlyList<ClickAck> Acks)
{
    public LatencySummary Latency => LatencySummary.Of(Acks.Select(a => a.Elapsed.TotalMilliseconds));
}
