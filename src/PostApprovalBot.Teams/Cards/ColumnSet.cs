using System.Text.Json.Nodes;

namespace PostApprovalBot.Teams.Cards;

/// <summary>Columns side by side, e.g. a label and its state, or a row and its button.</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    protected override string ElementType => "ColumnSet";

    protected override void WriteProperties(JsonObject json) => json["columns"] = CardJson.Array(Columns, column => column.ToJson());
}
