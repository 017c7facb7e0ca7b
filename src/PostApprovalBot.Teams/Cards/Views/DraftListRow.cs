namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>One draft in a list: its id, account, state in words (coloured by <see cref="Tone"/>) and an optional detail line.</summary>
public sealed record DraftListRow(string DraftId, string AccountDisplayName, string StateText, CardTone Tone)
{
    /// <summary>E.g. "Submitted by Ana, publishes 3 May 10:00".</summary>
    public string? Detail { get; init; }
}
