using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Storage.Chat;
using static PostApprovalBot.Integration.Tests.Infrastructure.StorageWorld;

namespace PostApprovalBot.Integration.Tests.Workflow;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Workflow")]
public sealed class OutboxTests(AzuriteFixture azurite)
{
    private static async Task<(StorageWorld World, CountingMessenger Chat, Func<NotificationDelivery> NewInstance)> CreateAsync(AzuriteFixture azurite)
    {
        var world = await StorageWorld.CreateAsync(azurite);
        var chat = new CountingMessenger();
        var directory = new ChatDirectoryRepository(world.Storage);
        foreach (var person in new[] { LegalA, LegalB, Spokesperson })
            await directory.SaveAsync(new ChatContact(ChatChannel.Teams, person, "aad-" + person.Id, "address"), default);
        var cards = new PostedCardRepository(world.Storage);
        // Each call is a fresh service instance: nothing in memory survives from the previous one.
        return (world, chat, () => new NotificationDelivery(world.Outbox, new DraftNotifier([chat], directory, cards), world.Service, world.Audit, world.Clock));
    }

    [Fact]
    public async Task A_notification_that_failed_before_a_restart_goes_out_once_afterwards()
    {
        var (world, chat, instance) = await CreateAsync(azurite);
        chat.Failing = true;
        var outcome = (await world.Service.SubmitAsync(Spokesperson, AccountId, DraftContent.TextOnly("Hello"), default)).Value;
        var failure = await Assert.ThrowsAsync<AggregateException>(() => instance().DeliverAsync(outcome, default));
        Assert.All(failure.InnerExceptions, e => Assert.IsType<HttpRequestException>(e));

        chat.Failing = false;
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        var delivered = await instance().RecoverAsync(100, default);
        var again = await instance().RecoverAsync(100, default);

        Assert.Equal((1, 0), (delivered, again));
        Assert.Equal(2, chat.ApprovalCards);
        Assert.Null(await world.Outbox.GetAsync(outcome.Overview.Draft.Id, outcome.NotificationKey!, default));
    }

    [Fact]
    public async Task A_delivered_notification_is_not_sent_again_by_recovery()
    {
        var (world, chat, instance) = await CreateAsync(azurite);
        var outcome = (await world.Service.SubmitAsync(Spokesperson, AccountId, DraftContent.TextOnly("Hello"), default)).Value;

        await instance().DeliverAsync(outcome, default);
        world.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(0, await instance().RecoverAsync(100, default));
        Assert.Equal(2, chat.ApprovalCards);
    }

    [Fact]
    public async Task Two_instances_recovering_at_once_deliver_each_notification_once()
    {
        var (world, chat, instance) = await CreateAsync(azurite);
        for (var i = 0; i < 5; i++) await world.Service.SubmitAsync(Spokesperson, AccountId, DraftContent.TextOnly($"Post {i}"), default);
        world.Clock.Advance(TimeSpan.FromMinutes(1));

        var counts = await Task.WhenAll(instance().RecoverAsync(100, default), instance().RecoverAsync(100, default));

        Assert.Equal(5, counts.Sum());
        Assert.Equal(10, chat.ApprovalCards);
    }

    [Fact]
    public async Task A_notification_that_keeps_failing_is_parked_and_audited()
    {
        var (world, chat, instance) = await CreateAsync(azurite);
        chat.Failing = true;
        var outcome = (await world.Service.SubmitAsync(Spokesperson, AccountId, DraftContent.TextOnly("Hello"), default)).Value;

        for (var attempt = 0; attempt < NotificationDelivery.MaxAttempts + 2; attempt++)
        {
            world.Clock.Advance(TimeSpan.FromHours(1));
            Assert.Equal(0, await instance().RecoverAsync(100, default));
        }

        Assert.Null(await world.Outbox.GetAsync(outcome.Overview.Draft.Id, outcome.NotificationKey!, default));
        var parked = Assert.Single(await world.Audit.ListAsync(outcome.Overview.Draft.Id, default), e => e.Action == AuditActions.NotificationParked);
        Assert.Contains("503", parked.Details);
    }

    [Fact]
    public async Task Normal_delivery_and_a_recovery_pass_running_together_send_each_approval_request_once()
    {
        var (world, chat, instance) = await CreateAsync(azurite);
        var outcomes = new List<DraftOutcome>();
        for (var i = 0; i < 8; i++) outcomes.Add((await world.Service.SubmitAsync(Spokesperson, AccountId, DraftContent.TextOnly($"Post {i}"), default)).Value);
        chat.Delay = TimeSpan.FromMilliseconds(100);
        // Past the grace period, so the recovery pass sees every one of them while normal delivery is still sending.
        world.Clock.Advance(TimeSpan.FromMinutes(1));

        var delivering = Task.WhenAll(outcomes.Select(o => instance().DeliverAsync(o, default)));
        var recovering = Task.WhenAll(Enumerable.Range(0, 3).Select(_ => instance().RecoverAsync(100, default)));
        await Task.WhenAll(delivering, recovering);

        Assert.Equal(outcomes.Count * 2, chat.CardsPerApprover.Count);
        Assert.All(chat.CardsPerApprover, sent => Assert.Equal(1, sent.Value));
    }
}
