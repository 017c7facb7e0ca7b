using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>
/// Card-level refresh: the listed users (Teams user ids, at most <see cref="MaxUserIds"/>) get an automatic <see cref="Action"/>
/// invoke when they view the card, so each sees their own version (e.g. buttons only for the approver whose turn it is).
/// </summary>
public sealed record CardRefresh
{
    public const int MaxUserIds = 60;

    public CardRefresh(ExecuteAction action, IReadOnlyList<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(userIds);
        if (userIds.Count > MaxUserIds)
        {
            throw new ArgumentException($"Teams refreshes a card automatically for at most {MaxUserIds} users; got {userIds.Count}.", nameof(userIds));
        }

        Action = action;
        UserIds = userIds;
    }

    public ExecuteAction Action { get; }

    public IReadOnlyList<string> UserIds { get; }

    public JsonObject ToJson() => new()
    {
        ["action"] = Action.ToJson(),
        ["userIds"] = CardJson.Array(UserIds, id => JsonValue.Create(id)),
    };
}
