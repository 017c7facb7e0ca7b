using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Teams.Cards;
using PostApprovalBot.Teams.Cards.Views;
using PostApprovalBot.Teams.Channel.Identity;

namespace PostApprovalBot.Teams.Channel.Rendering;

/// <summary>Builds an approver's card for one viewer, asking the clients of the stage's approvers to refresh it into their own view.</summary>
public sealed class ApprovalCards(IChatDirectory directory)
{
    // One committed change updates every approver's card from the same overview: the audience is looked up once per overview and stage.
    private readonly ConditionalWeakTable<DraftOverview, ConcurrentDictionary<string, Task<IReadOnlyList<string>>>> _audiences = new();

    public async Task<AdaptiveCard> BuildAsync(ReviewerView view, PersonId viewer, string? refusal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        var audience = await _audiences.GetOrCreateValue(view.Overview)
            .GetOrAdd(view.StageName, stage => RefreshAudienceAsync(view.Overview, stage, cancellationToken)).ConfigureAwait(false);
        return ApprovalCard.Build(ApprovalCardViews.From(view, viewer, audience, refusal));
    }

    /// <summary>The Teams user ids (MRIs) of the stage's approvers who can be reached in Teams, at most 60.</summary>
    private async Task<IReadOnlyList<string>> RefreshAudienceAsync(DraftOverview overview, string stageName, CancellationToken cancellationToken)
    {
        var members = overview.StageMembers.FirstOrDefault(s => string.Equals(s.Key, stageName, StringComparison.OrdinalIgnoreCase)).Value ?? [];
        // Looked up together: the clicking approver waits for this card.
        var contacts = await Task.WhenAll(members.Select(m => directory.FindByPersonAsync(ChatChannel.Teams, m.Id, cancellationToken))).ConfigureAwait(false);
        var ids = new List<string>();
        foreach (var contact in contacts)
        {
            if (TeamsAddress.Parse(contact?.Address) is { } address && !ids.Contains(address.UserId) && ids.Count < CardRefresh.MaxUserIds)
            {
                ids.Add(address.UserId);
            }
        }

        return ids;
    }
}
