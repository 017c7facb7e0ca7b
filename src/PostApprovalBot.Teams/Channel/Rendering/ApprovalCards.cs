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
    public async Task<AdaptiveCard> BuildAsync(ReviewerView view, PersonId viewer, string? refusal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        var audience = await RefreshAudienceAsync(view.Overview, view.StageName, cancellationToken).ConfigureAwait(false);
        return ApprovalCard.Build(ApprovalCardViews.From(view, viewer, audience, refusal));
    }

    /// <summary>The Teams user ids (MRIs) of the stage's approvers who can be reached in Teams, at most 60.</summary>
    private async Task<IReadOnlyList<string>> RefreshAudienceAsync(DraftOverview overview, string stageName, CancellationToken cancellationToken)
    {
        var members = overview.StageMembers.FirstOrDefault(s => string.Equals(s.Key, stageName, StringComparison.OrdinalIgnoreCase)).Value ?? [];
        var ids = new List<string>();
        foreach (var member in members)
        {
            var contact = await directory.FindByPersonAsync(ChatChannel.Teams, member.Id, cancellationToken).ConfigureAwait(false);
            if (TeamsAddress.Parse(contact?.Address) is { } address && !ids.Contains(address.UserId) && ids.Count < CardRefresh.MaxUserIds)
            {
                ids.Add(address.UserId);
            }
        }

        return ids;
    }
}
