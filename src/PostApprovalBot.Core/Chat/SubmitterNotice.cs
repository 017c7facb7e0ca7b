using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Core.Chat;

/// <summary>
/// Something the submitter must read as a message of its own, not only as a card update: the final
/// outcome, a request for changes, or approvers the bot cannot reach.
/// </summary>
public sealed record SubmitterNotice(DraftOverview Overview, DraftEvent Event, IReadOnlyList<Person> UnreachableApprovers)
{
    /// <summary>Channels where the bot may not look people up or install itself for them until an admin grants a permission.</summary>
    public IReadOnlyList<ChatChannel> MissingPermissions { get; init; } = [];
}
