using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Teams.Cards.Views;

namespace PostApprovalBot.Teams.Channel.Rendering;

/// <summary>The core's shortened word diff (<see cref="DiffDigest"/>) as the card shows it.</summary>
internal static class RevisionChanges
{
    public static IReadOnlyList<TextChange> Between(string before, string after) =>
        DiffDigest.Between(before, after).Select(s => new TextChange(Kind(s.Kind), s.Text)).ToList();

    private static TextChangeKind Kind(DiffKind kind) => kind switch
    {
        DiffKind.Added => TextChangeKind.Added,
        DiffKind.Removed => TextChangeKind.Removed,
        _ => TextChangeKind.Same,
    };
}
