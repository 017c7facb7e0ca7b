namespace PostApprovalBot.Browser.Tests.Infrastructure;

/// <summary>The browser tests share one rig and run one after the other (they share the bot, its storage and the Playgrounds).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<PlaygroundRig>
{
    public const string Name = "Agents Playground";
}
