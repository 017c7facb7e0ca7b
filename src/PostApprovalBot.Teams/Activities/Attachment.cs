using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Activities;

/// <summary>An attachment such as an Adaptive Card (<see cref="AdaptiveCardContentType"/>).</summary>
public sealed record Attachment(string ContentType, JsonNode? Content)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
}
