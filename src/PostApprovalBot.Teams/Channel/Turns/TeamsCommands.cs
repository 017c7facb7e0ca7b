using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Teams.Cards;
using PostApprovalBot.Teams.Cards.Views;
using PostApprovalBot.Teams.Channel.Drafts;
using PostApprovalBot.Teams.Channel.Rendering;

namespace PostApprovalBot.Teams.Channel.Turns;

/// <summary>Answers the text commands of <see cref="ChatCommand.Catalogue"/>, each with one card.</summary>
/// <remarks>Admin commands need the host's <see cref="AdminConsole"/>; without one they are answered with a refusal.</remarks>
public sealed class TeamsCommands(DraftService drafts, CompanyDirectory company, DraftSubmission submission, DraftViewer viewer, AdminConsole? admin = null)
{
    /// <summary>How many drafts a list asks for: one more than a card shows, so the card can say that more exist.</summary>
    private const int ListSize = DraftListCard.MaxRows + 1;

    /// <param name="requestKey">The inbound request's key (<see cref="TeamsTurn.RequestKey"/>): "submit …" stores one draft per request.</param>
    public async Task<AdaptiveCard> AnswerAsync(Person person, string text, CancellationToken cancellationToken, string? requestKey = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        var command = ChatCommandParser.Parse(text);
        if (command.Problem is not null)
        {
            return Notices.Help(command.Problem);
        }

        return command.Kind switch
        {
            ChatCommandKind.New => await NewDraftAsync(person, cancellationToken).ConfigureAwait(false),
            ChatCommandKind.QuickSubmit => await submission.SubmitTextAsync(person, command.Argument!, command.Text!, cancellationToken, requestKey).ConfigureAwait(false),
            ChatCommandKind.MyDrafts => DraftListCard.Build(DraftListViews.Mine(await drafts.MyDraftsAsync(person, ListSize, cancellationToken).ConfigureAwait(false))),
            ChatCommandKind.Pending => DraftListCard.Build(DraftListViews.Waiting(
                await drafts.WaitingForAsync(person, ListSize, cancellationToken).ConfigureAwait(false), person.Id)),
            ChatCommandKind.Status => await viewer.OpenAsync(person, command.Argument!, cancellationToken).ConfigureAwait(false),
            ChatCommandKind.Withdraw => await WithdrawAsync(person, command.Argument!, cancellationToken).ConfigureAwait(false),
            ChatCommandKind.Revise => await viewer.ReviseFormAsync(person, command.Argument!, cancellationToken).ConfigureAwait(false),
            ChatCommandKind.Policy => await PolicyAsync(command.Argument!, cancellationToken).ConfigureAwait(false),
            ChatCommandKind.Administer => await AdministerAsync(person, command.Text ?? "", cancellationToken).ConfigureAwait(false),
            _ => Notices.Help($"Hi {person.DisplayName}. Write one of these:"),
        };
    }

    private async Task<AdaptiveCard> NewDraftAsync(Person person, CancellationToken ct)
    {
        var accounts = await drafts.AccountsForAsync(person, ct).ConfigureAwait(false);
        if (accounts.Count > 0)
        {
            return DraftFormCard.Build(DraftForms.New(accounts));
        }

        var all = (await company.AccountsAsync(ct).ConfigureAwait(false)).Where(a => !a.Retired).ToList();
        if (all.Count == 0)
        {
            return Notices.Refused("No accounts yet", "No company social media accounts are set up yet, so there is nothing to post to. Ask an admin.");
        }

        return NoticeCard.Build(new NoticeView("You are not a spokesperson",
            "You may not submit posts for any company account yet. Ask the owner of the account you want to post for to make you a spokesperson:",
            CardTone.Attention)
        {
            Facts = all.Select(a => new Fact(Wording.Account(a), $"owner {a.Owner.DisplayName} ({a.Owner.Id})")).ToList(),
        });
    }

    private async Task<AdaptiveCard> PolicyAsync(string accountId, CancellationToken ct)
    {
        var found = await drafts.PostingPolicyAsync(accountId, ct).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return Notices.Refused("No such account", found.Refusal!);
        }

        var (account, policy) = found.Value;
        return NoticeCard.Build(policy is null
            ? new NoticeView($"Posting policy for {Wording.Account(account)}",
                $"This account has no written guidance yet. Ask its owner, {account.Owner.DisplayName} ({account.Owner.Id}).", CardTone.Neutral)
            : new NoticeView($"Posting policy for {Wording.Account(account)}", "Read this before you draft a post for the account:", CardTone.Information)
            {
                QuotedText = policy.Guidance,
                Facts =
                [
                    new Fact("Posts per day", policy.MaxPerDay is { } d ? Wording.Number(d) : "no limit"),
                    new Fact("Posts per week", policy.MaxPerWeek is { } w ? Wording.Number(w) : "no limit"),
                    new Fact("Posting hours", $"{policy.EarliestHour ?? 0:00}:00 to {policy.LatestHour ?? 24:00}:00 {policy.TimeZoneId}"),
                    new Fact("Owner", $"{account.Owner.DisplayName} ({account.Owner.Id})"),
                ],
            });
    }

    private async Task<AdaptiveCard> AdministerAsync(Person person, string text, CancellationToken ct)
    {
        if (admin is null)
        {
            return Notices.Refused("Not available", "Administration is not set up in this installation.");
        }

        var reply = await admin.ExecuteAsync(person, text, ct).ConfigureAwait(false);
        var lines = string.Join("\n\n", reply.Lines.Select(Notices.Placeholders));
        return NoticeCard.Build(new NoticeView(reply.Title, lines.Length == 0 ? "Done." : lines, reply.Succeeded ? CardTone.Information : CardTone.Attention));
    }

    private async Task<AdaptiveCard> WithdrawAsync(Person person, string draftId, CancellationToken ct)
    {
        var result = await drafts.WithdrawAsync(person, draftId, ct).ConfigureAwait(false);
        return result.Succeeded
            ? Notices.Done($"Draft {result.Value.Overview.Draft.Id} withdrawn", "It will not be published. Its approvers' cards now say so.")
            : Notices.Refused("Not withdrawn", result.Refusal!);
    }
}
