namespace PostApprovalBot.Teams.Tests.Support;

/// <summary>What the official renderer said about one card.</summary>
internal sealed record RenderedCard(string Name, IReadOnlyList<string> ParseEvents, IReadOnlyList<string> ValidationEvents, bool Rendered, string Screenshot);
