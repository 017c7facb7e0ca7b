namespace PostApprovalBot.Teams.Tests.Cards;

[Trait("Category", "Teams")]
public sealed class CardRenderingTests(RenderedCardsFixture rendered) : IClassFixture<RenderedCardsFixture>
{
    public static TheoryData<string> CardNames() => new(CardGallery.All().Keys);

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Card_parses_validates_and_renders_without_a_single_event(string name)
    {
        if (rendered.Failure is not null)
        {
            Assert.Fail(rendered.Failure);
        }

        Assert.True(rendered.Results.TryGetValue(name, out var card), $"the renderer reported nothing for {name}");
        Assert.Empty(card.ParseEvents);
        Assert.Empty(card.ValidationEvents);
        Assert.True(card.Rendered, $"{name} rendered no element");
        Assert.True(new FileInfo(card.Screenshot).Length > 1000, $"{name} has no meaningful screenshot");
    }
}
