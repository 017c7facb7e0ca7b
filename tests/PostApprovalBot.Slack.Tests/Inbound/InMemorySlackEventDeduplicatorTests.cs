using Microsoft.Extensions.Time.Testing;
using PostApprovalBot.Slack.Inbound.Events;

namespace PostApprovalBot.Slack.Tests.Inbound;

[Trait("Category", "Slack")]
public sealed class InMemorySlackEventDeduplicatorTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task First_claim_of_an_event_wins_and_the_retry_loses()
    {
        var deduplicator = new InMemorySlackEventDeduplicator(_time);

        Assert.True(await deduplicator.TryClaimAsync("Ev1"));
        Assert.False(await deduplicator.TryClaimAsync("Ev1"));
        Assert.True(await deduplicator.TryClaimAsync("Ev2"));
    }

    [Fact]
    public async Task Claim_expires_after_the_retention()
    {
        var deduplicator = new InMemorySlackEventDeduplicator(_time, retention: TimeSpan.FromMinutes(30));
        await deduplicator.TryClaimAsync("Ev1");

        _time.Advance(TimeSpan.FromMinutes(29));
        Assert.False(await deduplicator.TryClaimAsync("Ev1"));
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await deduplicator.TryClaimAsync("Ev1"));
    }

    [Fact]
    public async Task Memory_is_bounded_by_forgetting_the_oldest_claim()
    {
        var deduplicator = new InMemorySlackEventDeduplicator(_time, capacity: 3);
        foreach (var id in new[] { "Ev1", "Ev2", "Ev3", "Ev4" })
        {
            await deduplicator.TryClaimAsync(id);
        }

        Assert.True(await deduplicator.TryClaimAsync("Ev1"));
        Assert.False(await deduplicator.TryClaimAsync("Ev4"));
    }

    [Fact]
    public async Task Concurrent_claims_of_one_event_have_exactly_one_winner()
    {
        var deduplicator = new InMemorySlackEventDeduplicator(_time);

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => deduplicator.TryClaimAsync("Ev1"))));

        Assert.Single(results, won => won);
    }

    [Fact]
    public async Task A_released_claim_is_won_by_the_next_delivery_and_kept_for_a_full_retention()
    {
        var deduplicator = new InMemorySlackEventDeduplicator(_time, retention: TimeSpan.FromMinutes(30));
        await deduplicator.TryClaimAsync("Ev1");
        _time.Advance(TimeSpan.FromMinutes(20));

        await deduplicator.ReleaseAsync("Ev1");
        Assert.True(await deduplicator.TryClaimAsync("Ev1"));
        _time.Advance(TimeSpan.FromMinutes(20));

        Assert.False(await deduplicator.TryClaimAsync("Ev1"));
    }
}
