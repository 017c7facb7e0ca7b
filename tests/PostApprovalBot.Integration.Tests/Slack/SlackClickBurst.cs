using System.Diagnostics;

namespace PostApprovalBot.Integration.Tests.Slack;

/// <summary>
/// Many approve clicks at once, as many Slack clients would send them: each signed click is started at its own moment,
/// evenly over <c>spread</c>, all of them in flight together, and the status it was answered with is kept.
/// </summary>
public static class SlackClickBurst
{
    public sealed record Click(SlackTestUser Clicker, string DraftId, SlackStandInMessage Message);

    /// <summary>The status of a click the client gave up on before any answer came.</summary>
    public const int NoAnswer = 0;

    private const string ApproveActionId = "approval_approve";

    public sealed record Answered(Click Click, int Status)
    {
        public bool Ok => Status == 200;
    }

    public static async Task<IReadOnlyList<Answered>> SendAsync(SlackBot bot, IReadOnlyList<Click> clicks, TimeSpan spread)
    {
        // Every payload is made from the message as the approver saw it before the burst: the stand-in's messages are
        // live, and the first approval replaces a message's buttons with "Decided" while later clicks are on their way.
        var payloads = clicks.Select(click => SlackPayloads.MessageClick(click.Clicker, click.Message,
            click.Message.Button(ApproveActionId) ?? throw new InvalidOperationException($"The message has no Approve button: {click.Message.Text}"),
            bot.Requests.NewTriggerId())).ToList();
        var clock = Stopwatch.StartNew();
        return await Task.WhenAll(clicks.Select(async (click, i) =>
        {
            // Pacing the sends, not waiting for an outcome.
            var due = spread * i / clicks.Count;
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            try
            {
                using var response = await bot.Requests.InteractionAsync(payloads[i]);
                return new Answered(click, (int)response.StatusCode);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return new Answered(click, NoAnswer); // the client gave up: no promise was made for this click
            }
        }));
    }
}
