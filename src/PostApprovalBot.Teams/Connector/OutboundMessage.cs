using System.Text.Json.Nodes;
using PostApprovalBot.Teams.Activities;
using PostApprovalBot.Teams.Cards;

namespace PostApprovalBot.Teams.Connector;

/// <summary>A message activity the bot sends: plain text, an Adaptive Card, or both.</summary>
public sealed record OutboundMessage(string? Text, AdaptiveCard? Card)
{
    public static OutboundMessage Plain(string text) => new(text, null);

    public static OutboundMessage WithCard(AdaptiveCard card, string? fallbackText = null) => new(fallbackText, card);

    internal JsonObject ToJson(string? activityId = null)
    {
        var json = new JsonObject { ["type"] = ActivityTypes.Message };
        if (activityId is not null)
        {
            json["id"] = activityId;
        }

        if (Text is not null)
        {
            json["text"] = Text;
        }

        if (Card is not null)
        {
            json["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = Attachment.AdaptiveCardContentType,
                ["content"] = Card.ToJson(),
            });
        }

        return json;
    }
}
