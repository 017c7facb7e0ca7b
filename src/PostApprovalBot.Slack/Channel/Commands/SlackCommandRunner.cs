using System.Globalization;
using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Channel.Rendering;
using PostApprovalBot.Slack.Views;
using PostApprovalBot.Slack.Views.Drafts;
using PostApprovalBot.Slack.Views.Replies;

namespace PostApprovalBot.Slack.Channel.Commands;

/// <summary>
/// Runs one text command (the same words as in Teams) for an identified person and says what to answer:
/// a message only they see, or nothing when a modal opened. Admin commands go to the core's <see cref="AdminConsole"/>
/// (which decides who may); without one in the host they are answered with a refusal. A change the core was too busy to
/// record throws <see cref="ChangeNotRecordedException"/>, so callers answer it as a failure.
/// </summary>
public sealed class SlackCommandRunner(DraftService drafts, DraftModalOpener modals, AdminConsole? admin = null)
{
    public const int ListSize = 20;

    public async Task<SlackMessage?> RunAsync(ChatContact who, ChatCommand command, SlackCommandSource source, CancellationToken cancellationToken)
    {
        if (command.Problem is not null)
        {
            return SlackNotice.Text(command.Problem);
        }
        return command.Kind switch
        {
            ChatCommandKind.New => await modals.OpenNewAsync(who, source.TriggerId, cancellationToken),
            ChatCommandKind.QuickSubmit => await SubmitAsync(who, command.Argument!, command.Text!, source.RequestKey, cancellationToken),
            ChatCommandKind.MyDrafts => await MyDraftsAsync(who, cancellationToken),
            ChatCommandKind.Pending => await PendingAsync(who, cancellationToken),
            ChatCommandKind.Status => await StatusAsync(who, command.Argument!, cancellationToken),
            ChatCommandKind.Withdraw => await WithdrawAsync(who, command.Argument!, cancellationToken),
            ChatCommandKind.Revise => await modals.OpenRevisionAsync(who, command.Argument!, source.TriggerId, cancellationToken),
            ChatCommandKind.Policy => await PolicyAsync(command.Argument!, cancellationToken),
            ChatCommandKind.Administer => await AdministerAsync(who, command.Text ?? "", cancellationToken),
            _ => HelpMessage.Build(ChatCommand.Catalogue, source.HelpPrefix),
        };
    }

    private async Task<SlackMessage> PolicyAsync(string accountId, CancellationToken cancellationToken)
    {
        var found = await drafts.PostingPolicyAsync(accountId, cancellationToken);
        if (!found.Succeeded)
        {
            return SlackNotice.Refusal(found.Refusal!.Message);
        }
        var (account, policy) = found.Value;
        return PostingPolicyMessage.Build(new PostingPolicyModel(
            account.DisplayName,
            account.Platform.ToString(),
            $"{account.Owner.DisplayName} ({account.Owner.Id})",
            policy?.Guidance,
            policy?.MaxPerDay is { } perDay ? perDay.ToString(CultureInfo.InvariantCulture) : "no limit",
            policy?.MaxPerWeek is { } perWeek ? perWeek.ToString(CultureInfo.InvariantCulture) : "no limit",
            policy is null ? "any time" : $"{policy.EarliestHour ?? 0:00}:00 to {policy.LatestHour ?? 24:00}:00 {policy.TimeZoneId}"));
    }

    private async Task<SlackMessage> AdministerAsync(ChatContact who, string text, CancellationToken cancellationToken)
    {
        if (admin is null)
        {
            return SlackNotice.Refusal("Administration is not set up in this installation.");
        }
        var reply = await admin.ExecuteAsync(who.Person, text, cancellationToken);
        return AdminReplyMessage.Build(reply.Succeeded, reply.Title, reply.Lines);
    }

    private async Task<SlackMessage> SubmitAsync(ChatContact who, string accountId, string text, string? requestKey, CancellationToken cancellationToken)
    {
        var result = await drafts.SubmitAsync(who.Person, accountId, DraftContent.TextOnly(text), cancellationToken, requestKey);
        if (!result.Succeeded)
        {
            return Refused(result.Refusal!);
        }
        var overview = result.Value.Overview;
        return SlackNotice.Text(
            $"Submitted draft {overview.Draft.Id} for {overview.Account.DisplayName}. It is now {SlackWording.Standing(overview)}; I will keep you posted in our DM.");
    }

    private async Task<SlackMessage> MyDraftsAsync(ChatContact who, CancellationToken cancellationToken)
    {
        var mine = await drafts.MyDraftsAsync(who.Person, ListSize, cancellationToken);
        return DraftListMessage.Build(
            "Your drafts",
            mine.Select(o => HomeViews.Listed(o, SlackWording.Standing(o))).ToList(),
            "You have no drafts yet. Type /post new to write one.",
            "Type /post status <draft id> for one draft's stages and decisions.");
    }

    private async Task<SlackMessage> PendingAsync(ChatContact who, CancellationToken cancellationToken)
    {
        var waiting = await drafts.WaitingForAsync(who.Person, ListSize, cancellationToken);
        var lines = waiting
            .Select(o => (Overview: o, Stages: HomeViews.StagesFor(o, who.Person.Id).Select(s => s.Stage.Name).ToList()))
            .Where(x => x.Stages.Count > 0)
            .Select(x => HomeViews.Listed(x.Overview, $"waiting for your decision at {string.Join(", ", x.Stages)}"))
            .ToList();
        return DraftListMessage.Build(
            "Waiting for your decision",
            lines,
            "Nothing is waiting for your decision.",
            "Decide with the buttons on the approval messages I sent you, or from my Home tab.");
    }

    private async Task<SlackMessage> StatusAsync(ChatContact who, string draftId, CancellationToken cancellationToken)
    {
        var found = await drafts.GetAsync(draftId, cancellationToken);
        if (!found.Succeeded)
        {
            return SlackNotice.Refusal(found.Refusal!.Message);
        }
        return DraftVisibility.MaySee(found.Value, who.Person.Id)
            ? SubmitterStatusMessage.Build(StatusViews.From(found.Value))
            : SlackNotice.Refusal(DraftVisibility.Refusal(found.Value.Draft.Id));
    }

    private async Task<SlackMessage> WithdrawAsync(ChatContact who, string draftId, CancellationToken cancellationToken)
    {
        var result = await drafts.WithdrawAsync(who.Person, draftId, cancellationToken);
        return result.Succeeded
            ? SlackNotice.Text($"Draft {result.Value.Overview.Draft.Id} is withdrawn. The approvers' messages now say so.")
            : Refused(result.Refusal!);
    }

    // A busy core recorded nothing: that is a failure for the caller to answer as one, not a reply.
    private static SlackMessage Refused(Refusal refusal) => refusal.Code == RefusalCode.Busy
        ? throw new ChangeNotRecordedException(refusal.Message)
        : SlackNotice.Refusal(refusal.Message);
}
