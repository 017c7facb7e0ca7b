using PostApprovalBot.Core.Audit;
using PostApprovalBot.Storage.Diagnostics;

namespace PostApprovalBot.Integration.Tests.Audit;

/// <summary>
/// A crowd refused at the same moment on one subject (a hundred people clicking a draft that was just decided): every
/// refusal is recorded in one unbroken chain, and the subject's head row is written once per batch of waiting refusals,
/// not once per refusal with the losers of each round trying again.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Audit")]
public sealed class AuditLogFloodTests(AzuriteFixture azurite)
{
    private const int Crowd = 100;

    [Fact]
    public async Task A_hundred_simultaneous_refusals_on_one_subject_are_all_chained_in_far_fewer_transactions()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        var at = world.World.Clock.GetUtcNow();
        world.World.Requests.Clear();
        world.World.Requests.Recording = true;

        await Task.WhenAll(Enumerable.Range(0, Crowd).Select(i => Task.Run(() => world.World.Audit.AppendAsync(
            new AuditEvent("P-FLOOD1", AuditActions.ActionRefused, StorageWorld.Outsider, at.AddMilliseconds(i), 1, null, null, $"AlreadyDecided: click {i}"), default))));

        world.World.Requests.Recording = false;
        var chain = await world.Archive.ReadChainAsync(AuditStreams.Log, "P-FLOOD1", default);
        Assert.Equal(Enumerable.Range(1, Crowd).Select(i => (long)i), chain.Rows.Select(r => r.Sequence));
        Assert.Equal(Crowd, chain.Rows.Select(r => r.Event!.Details).Distinct().Count());
        var result = await world.Verifier.VerifyRangeAsync(world.Today, world.Today, default);
        Assert.True(result.IsIntact, result.FirstBreak?.ToString());
        Assert.Equal(Crowd, result.LedgerEntriesChecked);
        var transactions = world.World.Requests.Requests.Count(r => r == ("audit", TableRequestKind.Transaction));
        Assert.True(transactions <= Crowd / 4, $"{transactions} audit transactions for {Crowd} refusals.");
    }
}
