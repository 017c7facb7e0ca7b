using Microsoft.Extensions.Logging;
using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Channel.Rendering;
using PostApprovalBot.Slack.Views;
using PostApprovalBot.Slack.Views.Drafts;
using PostApprovalBot.Slack.Views.Home;
using PostApprovalBot.Slack.Views.Replies;
using PostApprovalBot.Slack.WebApi;

namespace PostApprovalBot.Slack.Channel.Commands;

/// <summary>
/// Opens the draft modal, new or prefilled for a revision, offering only the accounts the person may speak for.
/// Returns a message for the user instead when there is nothing to open (no accounts, a draft they may not revise).
/// With no trigger id (a DM or a mention) it answers with a button whose click brings one.
/// </summary>
public sealed class DraftModalOpener(DraftService drafts, CompanyDirectory company, SlackApiClient slack, TimeProvider clock, ILogger<DraftModalOpener> logger)
{
    // users.info only picks the default time zone: it must not eat the trigger id's 3 seconds.
    private static readonly TimeSpan TimeZoneLookupBudget = TimeSpan.FromMilliseconds(800);

    public async Task<SlackMessage?> OpenNewAsync(ChatContact who, string? triggerId, CancellationToken cancellationToken)
    {
        var zone = UserTimeZoneAsync(who.ChannelUserId, triggerId, cancellationToken);
        var accounts = await drafts.AccountsForAsync(who.Person, cancellationToken);
        if (accounts.Count == 0)
        {
            return SlackNotice.Refusal(await NoAccountsAsync(cancellationToken));
        }
        if (triggerId is null)
        {
            return ButtonPrompt.Build("Open the form to write a new draft.", "New draft", AppHome.NewDraftActionId);
        }
        await slack.OpenViewAsync(triggerId, NewDraftModal.Build(Model(accounts, await zone, null)), cancellationToken);
        return null;
    }

    public async Task<SlackMessage?> OpenRevisionAsync(ChatContact who, string draftId, string? triggerId, CancellationToken cancellationToken)
    {
        var found = await drafts.GetAsync(draftId, cancellationToken);
        if (!found.Succeeded)
        {
            return SlackNotice.Refusal(found.Refusal!.Message);
        }
        var draft = found.Value.Draft;
        // The prefilled form shows the draft's text: only its submitter may open it.
        if (draft.Submitter.Id != who.Person.Id)
        {
            return SlackNotice.Refusal($"Only {draft.Submitter.DisplayName}, who submitted draft {draft.Id}, can revise it.");
        }
        if (draft.State != DraftState.ChangesRequested)
        {
            return SlackNotice.Refusal($"Draft {draft.Id} is {DraftTransitions.Describe(draft.State)}: you can revise it only after an approver asks for changes.");
        }
        if (triggerId is null)
        {
            return ButtonPrompt.Build($"Open the form to revise draft {draft.Id}.", "Revise draft", SubmitterOutcomeMessage.ReviseActionId, draft.Id);
        }
        var accounts = (await drafts.AccountsForAsync(who.Person, cancellationToken)).ToList();
        if (accounts.All(a => a.Id != draft.AccountId))
        {
            // Offered anyway so the form can show it; the core refuses the revision if the right to speak is gone.
            accounts.Insert(0, found.Value.Account);
        }
        var zone = draft.CurrentRevision.Content.Schedule?.TimeZoneId;
        await slack.OpenViewAsync(triggerId, NewDraftModal.Build(Model(accounts, zone, Prefill(draft))), cancellationToken);
        return null;
    }

    /// <summary>
    /// The new-draft form filled with the text, links and notes of the person's expired, rejected or withdrawn draft, and no time:
    /// how an expired draft is submitted again with a new time.
    /// </summary>
    public async Task<SlackMessage?> OpenResubmissionAsync(ChatContact who, string draftId, string? triggerId, CancellationToken cancellationToken)
    {
        var found = await drafts.GetAsync(draftId, cancellationToken);
        if (!found.Succeeded || found.Value.Draft.Submitter.Id != who.Person.Id)
        {
            return SlackNotice.Refusal(found.Refusal?.Message ?? DraftVisibility.Refusal(draftId));
        }
        var draft = found.Value.Draft;
        if (draft.State is not (DraftState.Expired or DraftState.Rejected or DraftState.Withdrawn))
        {
            return SlackNotice.Refusal($"Draft {draft.Id} is {DraftTransitions.Describe(draft.State)}; a new draft from it is for drafts that ended without being approved.");
        }
        var accounts = await drafts.AccountsForAsync(who.Person, cancellationToken);
        if (accounts.Count == 0)
        {
            return SlackNotice.Refusal(await NoAccountsAsync(cancellationToken));
        }
        if (triggerId is null)
        {
            return ButtonPrompt.Build($"Open the form with the text of draft {draft.Id}.", "Submit again", SubmitterOutcomeMessage.ResubmitActionId, draft.Id);
        }
        var zone = draft.CurrentRevision.Content.Schedule?.TimeZoneId;
        var prefill = Prefill(draft) with { RevisingDraftId = null, ScheduledDate = null, ScheduledTime = null };
        await slack.OpenViewAsync(triggerId, NewDraftModal.Build(Model(accounts, zone, prefill)), cancellationToken);
        return null;
    }

    private NewDraftModalModel Model(IReadOnlyList<CompanyAccount> accounts, string? zone, NewDraftSubmission? prefill)
    {
        var offered = accounts.Take(BlockKitLimits.SelectOptions).Select(a => new DraftChoice(a.Id, a.Label)).ToList();
        if (offered.Count < accounts.Count)
        {
            logger.LogWarning("{Count} accounts are more than a Slack menu holds; the first {Max} are offered.", accounts.Count, BlockKitLimits.SelectOptions);
        }
        return new NewDraftModalModel(offered, SlackTimeZones.Offered(zone, clock.GetUtcNow()), zone, prefill);
    }

    private static NewDraftSubmission Prefill(Draft draft)
    {
        var content = draft.CurrentRevision.Content;
        var links = content.Links.Select(l => Uri.TryCreate(l, UriKind.Absolute, out var url) ? url : null).OfType<Uri>().ToList();
        var local = content.Schedule?.LocalTime;
        return new NewDraftSubmission(draft.Id, draft.AccountId, content.Text, links, content.Sources,
            local is null ? null : DateOnly.FromDateTime(local.Value.DateTime),
            local is null ? null : TimeOnly.FromDateTime(local.Value.DateTime),
            content.Schedule?.TimeZoneId);
    }

    private async Task<string> NoAccountsAsync(CancellationToken cancellationToken)
    {
        var open = (await company.AccountsAsync(cancellationToken)).Where(a => !a.Retired).ToList();
        if (open.Count == 0)
        {
            return "You may not post for any company account: no accounts are set up yet. Ask an admin of Post Approval.";
        }
        var owners = open.GroupBy(a => a.Owner.Id)
            .Select(g => $"{g.First().Owner.DisplayName} ({g.Key}) for {string.Join(", ", g.Select(a => a.DisplayName))}");
        return "You may not post for any company account yet. To become a spokesperson, ask the account's owner: " + string.Join("; ", owners) + ".";
    }

    private async Task<string?> UserTimeZoneAsync(string userId, string? triggerId, CancellationToken cancellationToken)
    {
        if (triggerId is null)
        {
            return null;
        }
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(TimeZoneLookupBudget);
        try
        {
            return (await slack.GetUserAsync(userId, budget.Token)).TimeZone;
        }
        catch (Exception e) when (e is SlackApiException or OperationCanceledException)
        {
            return null;
        }
    }
}
