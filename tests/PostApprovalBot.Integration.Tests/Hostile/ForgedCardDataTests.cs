using PostApprovalBot.Core.UseCases;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Hostile;

/// <summary>
/// An approver edits the data behind the Approve button of her own card: another draft, another stage, another
/// revision, or ids no draft has. She gets a refusal on the card; no decision is recorded anywhere.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Security")]
public sealed class ForgedCardDataTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TeamsBot bot = null!;
    private string draftId = "";
    private string otherDraftId = "";
    private JsonObject approve = null!;

    public async Task InitializeAsync()
    {
        bot = await TeamsBot.StartAsync(azurite);
        await bot.InstallAsync(Emma, Lena, Liam, Colin, Chloe);
        var flow = new TeamsFlow(bot);
        draftId = await flow.SubmitAsync(Emma, "The card's own draft.");
        otherDraftId = await flow.SubmitAsync(Emma, "Another draft, decided already at legal.");
        await flow.DecideAsync(Liam, otherDraftId, "approve");
        approve = CardReading.Click((await flow.ApprovalCardAsync(Lena, draftId)).Card!, "approve");
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    public static TheoryData<string, string, string?, string?> Forgeries() => new()
    {
        { "a draft that does not exist", "draftId", "P-ZZZZZZ", null },
        { "another draft, whose legal stage is decided", "draftId", "{other}", null },
        { "a stage of a later step", "stage", "Communications", null },
        { "a stage no route has", "stage", "Board of directors", null },
        { "a revision that was never written", "revision", "7", null },
        { "a negative revision", "revision", "-1", null },
        { "a revision beyond any integer", "revision", "99999999999999999999", null },
        { "a draft id with control characters", "draftId", "P-\u0000\u001b../\\#?%", null },
        { "a draft id of 100,000 characters", "draftId", new string('P', 100_000), null },
        { "a stage with right-to-left override", "stage", "\u202ElageL", null },
        { "no draft id at all", "draftId", null, "remove" },
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Approve_data_naming_something_else_than_the_card_is_refused_and_records_nothing(string why, string key, string? value, string? remove)
    {
        var before = await HostileRows.DraftsAndInboxAsync(bot.Services);
        var data = approve.DeepClone().AsObject();
        if (remove is not null) data.Remove(key);
        else data[key] = value == "{other}" ? otherDraftId : value;

        var answer = CardReading.Text(CardReading.AnswerCard(await bot.ClickAsync(Lena, "approve", data)));

        Assert.False(answer.Contains("Approved by", StringComparison.OrdinalIgnoreCase) && !answer.Contains("not", StringComparison.OrdinalIgnoreCase),
            $"Approve data naming {why} was taken: {answer}");
        HostileRows.AssertUnchanged(before, await HostileRows.DraftsAndInboxAsync(bot.Services));
        var draft = (await bot.Services.GetRequiredService<DraftService>().GetAsync(draftId, default)).Value.Draft;
        Assert.Empty(draft.Decisions);
    }
}
