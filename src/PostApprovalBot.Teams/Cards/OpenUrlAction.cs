using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>A button that opens a web page, e.g. an account's posting policy.</summary>
public sealed record OpenUrlAction(string Title, Uri Url) : CardAction(Title)
{
    protected override string ActionType => "Action.OpenUrl";

    protected override void WriteProperties(JsonObject json) => json["url"] = Url.AbsoluteUri;
}
