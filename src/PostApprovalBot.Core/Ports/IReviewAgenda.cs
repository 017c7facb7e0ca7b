namespace PostApprovalBot.Core.Ports;

/// <summary>
/// The moments at which the clock must look at a draft (an SLA running out, twice the SLA, the publication
/// time), written when a change is dispatched. A clock pass reads only what is due, so its cost follows the
/// reminders due, not the number of drafts in review.
/// </summary>
public interface IReviewAgenda
{
    /// <summary>Entries due at or before <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<AgendaEntry>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>The entry was handled (or found to be moot): it is removed.</summary>
    Task DoneAsync(AgendaEntry entry, CancellationToken cancellationToken);
}

/// <summary>"Look at draft <paramref name="DraftId"/> at <paramref name="DueAt"/>"; <paramref name="Key"/> identifies the stored entry.</summary>
public sealed record AgendaEntry(string DraftId, DateTimeOffset DueAt, string Key);
