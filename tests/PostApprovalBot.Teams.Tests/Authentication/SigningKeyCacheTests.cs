using PostApprovalBot.Teams.Authentication;

namespace PostApprovalBot.Teams.Tests.Authentication;

[Trait("Category", "Security")]
public sealed class SigningKeyCacheTests : IAsyncLifetime
{
    private AuthenticatorHarness h = null!;

    public async Task InitializeAsync() => h = await AuthenticatorHarness.StartAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task Rotated_key_is_found_with_exactly_one_refetch()
    {
        await h.AuthenticateSignedBy(h.TeamsKey);
        var rotated = new ChannelKey("key-2", "msteams");
        h.KeyServer.Publish(h.TeamsKey, rotated);
        h.Clock.Advance(BotFrameworkAuthenticator.UnknownKidRefetchInterval);

        var outcome = await h.AuthenticateAsync("Bearer " + new ChannelToken().SignWith(rotated));
        await h.AuthenticateAsync("Bearer " + new ChannelToken().SignWith(rotated));

        Assert.IsType<InboundAuthentication.Authenticated>(outcome);
        Assert.Equal(2, h.KeyServer.KeySetFetches);
    }

    [Fact]
    public async Task Unknown_kids_trigger_at_most_one_refetch_per_interval()
    {
        await h.AuthenticateSignedBy(h.TeamsKey);
        h.Clock.Advance(BotFrameworkAuthenticator.UnknownKidRefetchInterval);

        for (var i = 0; i < 5; i++)
        {
            await h.AuthenticateAsync("Bearer " + new ChannelToken().SignWith(new ChannelKey($"forged-{i}", "msteams")));
        }

        Assert.Equal(2, h.KeyServer.KeySetFetches);
    }

    [Fact]
    public async Task Cached_keys_are_reused_within_their_lifetime()
    {
        for (var i = 0; i < 3; i++)
        {
            await h.AuthenticateSignedBy(h.TeamsKey);
            h.Clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(1, h.KeyServer.KeySetFetches);
    }

    [Fact]
    public async Task Key_not_endorsed_for_the_activity_channel_is_refused_with_403()
    {
        var slackOnly = new ChannelKey("key-slack", "slack");
        h.KeyServer.Publish(h.TeamsKey, slackOnly);
        h.Clock.Advance(BotFrameworkAuthenticator.UnknownKidRefetchInterval);

        AuthenticatorHarness.AssertRefused(403, "endorsed", await h.AuthenticateAsync("Bearer " + new ChannelToken().SignWith(slackOnly)));
    }

    [Fact]
    public async Task Key_outage_before_any_key_was_fetched_is_an_outage_not_a_verdict()
    {
        h.KeyServer.Failing = true;

        await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => h.AuthenticateSignedBy(h.TeamsKey));
    }

    [Fact]
    public async Task Key_outage_after_keys_were_fetched_keeps_the_cached_keys()
    {
        await h.AuthenticateSignedBy(h.TeamsKey);
        h.KeyServer.Failing = true;
        h.Clock.Advance(TimeSpan.FromHours(13));

        Assert.IsType<InboundAuthentication.Authenticated>(await h.AuthenticateSignedBy(h.TeamsKey));
    }

    [Fact]
    public async Task Failed_first_fetch_is_retried_after_a_short_pause_not_the_full_interval()
    {
        h.KeyServer.Failing = true;
        await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => h.AuthenticateSignedBy(h.TeamsKey));
        await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => h.AuthenticateSignedBy(h.TeamsKey));
        h.KeyServer.Failing = false;
        h.Clock.Advance(TimeSpan.FromSeconds(10));

        Assert.IsType<InboundAuthentication.Authenticated>(await h.AuthenticateSignedBy(h.TeamsKey));
        Assert.Equal(2, h.KeyServer.MetadataFetches);
    }
}
