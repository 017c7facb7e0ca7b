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

    public sealed record Answered(Click Click, int Status)
    {
        public bool Ok => Status == 200;
    }

    public static async Task<IReadOnlyList<Answered>> SendAsync(SlackBot bot, IReadOnlyList<Click> clicks, TimeSpan spread)
    {
        var clock = Stopwatch.StartNew();
        return await Task.WhenAll(clicks.Select(async (click, i) =>
        {
            // Pacing the sends, not waiting for an outcome.
            var due = spread * i / clicks.Count;
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            try
            {
                var (response, _) = await bot.ClickAsync(click.Clicker, click.Message, "approval_approve");
                using (response) return new Answered(click, (int)response.StatusCode);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return new Answered(click, NoAnswer); // the client gave up: no promise was made for this click
            }
        }));
    }
}
