namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>A list of drafts (my drafts, or the approval queue), each with a button to open it.</summary>
public sealed record DraftListView(string Title, IReadOnlyList<DraftListRow> Rows)
{
    public string EmptyText { get; init; } = "There is nothing here right now.";
}
