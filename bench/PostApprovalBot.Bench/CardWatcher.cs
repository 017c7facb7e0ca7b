using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PostApprovalBot.Bench;

/// <summary>
/// Reads what the bot sends to the chat stand-ins as it arrives, once per call, and hands each approval request
/// (a Teams card or a Slack message offering Approve) to the client waiting for it, keyed by recipient and post.
/// </summary>
public sealed partial class CardWatcher : IAsyncDisposable
{
    private readonly BenchWorld _world;
    private readonly ConcurrentDictionary<(string Inbox, int Post), TaskCompletionSource<ApprovalRequest>> _requests = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonObject>> _views = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _connectorSeen;
    private int _slackSeen;

    public CardWatcher(BenchWorld world)
    {
        _world = world;
        _loop = Task.Run(() => WatchAsync(_stop.Token));
    }

    /// <summary>The approval request for post <paramref name="post"/> in this person's chat (it may have arrived already).</summary>
    public Task<ApprovalRequest> ApprovalAsync(BenchPerson approver, int post) => Slot(approver.Inbox, post).Task;

    public Task<JsonObject> OpenedViewAsync(string triggerId) => _views.GetOrAdd(triggerId, _ => NewSource<JsonObject>()).Task;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }

    private TaskCompletionSource<ApprovalRequest> Slot(string inbox, int post) => _requests.GetOrAdd((inbox, post), _ => NewSource<ApprovalRequest>());

    private static TaskCompletionSource<T> NewSource<T>() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task WatchAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            foreach (var call in _world.Connector.Calls.Skip(_connectorSeen))
            {
                _connectorSeen++;
                if (call is { IsPost: true, Card: { } card, ConversationId: { } chat } && CardReading.OffersDecisions(card) && PostNumber(call.CardText) is { } post)
                {
                    var data = CardReading.Click(card, "approve");
                    Slot(chat, post).TrySetResult(new ApprovalRequest((string)data["draftId"]!, Stopwatch.GetTimestamp(), data, null, null));
                }
            }
            var slackCalls = _world.Slack.Calls;
            for (; _slackSeen < slackCalls.Count; _slackSeen++) Read(slackCalls[_slackSeen]);
            await Task.Delay(15, ct);
        }
    }

    private void Read(SlackApiCall call)
    {
        if (call.Method == "views.open" && call.Succeeded && call.Argument("trigger_id") is { } trigger)
        {
            _views.GetOrAdd(trigger, _ => NewSource<JsonObject>()).TrySetResult(call.Answer["view"]!.AsObject());
            return;
        }
        if (call.Method != "chat.postMessage" || !call.Succeeded || call.Arguments["blocks"] is not JsonArray blocks) return;
        var button = SlackJson.Buttons(blocks).FirstOrDefault(b => (string?)b["action_id"] == "approval_approve");
        if (button is null || PostNumber(SlackJson.AllText(call.Arguments)) is not { } post) return;
        var channel = call.Argument("channel")!;
        var ts = (string)call.Answer["ts"]!;
        var message = _world.Slack.MessagesIn(channel).First(m => m.Ts == ts);
        var draftId = DraftId().Match(SlackJson.AllText(call.Arguments)).Value;
        Slot(channel, post).TrySetResult(new ApprovalRequest(draftId, Stopwatch.GetTimestamp(), null, message, button));
    }

    private static int? PostNumber(string text) => PostMarker().Match(text) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"bench-(\d{6})")]
    private static partial Regex PostMarker();

    [GeneratedRegex("P-[2-9A-HJKMNP-TV-Z]{6}")]
    private static partial Regex DraftId();
}

/// <summary>An approval request as the approver sees it: the Teams card's Approve data, or the Slack message and its Approve button.</summary>
public sealed record ApprovalRequest(string DraftId, long SeenAt, JsonObject? TeamsApproveData, SlackStandInMessage? SlackMessage, JsonObject? SlackApproveButton);
