namespace PostApprovalBot.Teams.Tests.Cards;

/// <summary>Renders the whole gallery once (one browser start) for all rendering tests; screenshots land in bin/…/card-renders/png.</summary>
public sealed class RenderedCardsFixture
{
    public RenderedCardsFixture()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "card-renders");
        var cards = Path.Combine(folder, "json");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(cards);
        foreach (var (name, card) in CardGallery.All())
        {
            File.WriteAllText(Path.Combine(cards, name + ".json"), card.ToJson().ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        }

        try
        {
            Results = CardRenderer.Render(cards, Path.Combine(folder, "png")).ToDictionary(r => r.Name);
        }
        catch (InvalidOperationException ex)
        {
            Failure = ex.Message;
        }
    }

    internal IReadOnlyDictionary<string, RenderedCard> Results { get; } = new Dictionary<string, RenderedCard>();

    /// <summary>Why the renderer could not run (a missing tool and how to install it); null when it ran.</summary>
    public string? Failure { get; }
}
