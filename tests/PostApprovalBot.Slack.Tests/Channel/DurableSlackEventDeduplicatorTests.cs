using PostApprovalBot.Core.Ports;
using PostApprovalBot.Slack.Channel.Identity;

namespace PostApprovalBot.Slack.Tests.Channel;

[Trait("Category", "Slack")]
public sealed class DurableSlackEventDeduplicatorTests
{
    private sealed class RecordingClaims : IOnceOnlyClaims
    {
        private readonly HashSet<(string, string)> _taken = [];

        public Task<bool> TryClaimAsync(string scope, string key, CancellationToken cancellationToken) => Task.FromResult(_taken.Add((scope, key)));

        public Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken)
        {
            _taken.Remove((scope, key));
            return Task.CompletedTask;
        }

        public IReadOnlyCollection<(string Scope, string Key)> Taken => _taken;
    }

    [Fact]
    public async Task The_first_delivery_of_an_event_is_claimed_in_the_slack_event_scope_and_a_retry_is_not()
    {
        var claims = new RecordingClaims();
        var deduplicator = new DurableSlackEventDeduplicator(claims);

        var first = await deduplicator.TryClaimAsync("Ev0123");
        var retry = await deduplicator.TryClaimAsync("Ev0123");
        var other = await deduplicator.TryClaimAsync("Ev0456");

        Assert.Equal((true, false, true), (first, retry, other));
        Assert.Equal([("slack-event", "Ev0123"), ("slack-event", "Ev0456")], claims.Taken);
    }

    [Fact]
    public async Task A_released_event_can_be_claimed_again_by_its_retry()
    {
        var claims = new RecordingClaims();
        var deduplicator = new DurableSlackEventDeduplicator(claims);
        await deduplicator.TryClaimAsync("Ev0123");

        await deduplicator.ReleaseAsync("Ev0123");

        Assert.True(await deduplicator.TryClaimAsync("Ev0123"));
    }
}
