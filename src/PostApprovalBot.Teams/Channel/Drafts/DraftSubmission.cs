using System.Security.Cryptography;
using System.Text;
using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Teams.Cards;
using PostApprovalBot.Teams.Cards.Views;
using PostApprovalBot.Teams.Channel.Rendering;
using FindingSeverity = PostApprovalBot.Teams.Cards.Views.FindingSeverity;

namespace PostApprovalBot.Teams.Channel.Drafts;

/// <summary>
/// Sends a draft (new or revised) for approval the way Teams shows it: speaking rights first, then the policy findings on the form
/// before anything is routed; blockers and refusals come back on the form with the reason. A new draft is submitted with the
/// inbound request's key, so an activity the Bot Connector delivers again does not store it twice.
/// </summary>
public sealed class DraftSubmission(DraftService drafts)
{
    private const string NotSent = "The draft was not sent: fix the fields marked below.";

    /// <summary>The answer to a submitted draft form: a confirmation, or the form again with findings, errors or the refusal.</summary>
    public async Task<AdaptiveCard> SubmitFormAsync(Person person, DraftFormSubmission submission, CancellationToken cancellationToken, string? requestKey = null)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.DraftId is { } draftId)
        {
            return await ReviseAsync(person, draftId, submission, cancellationToken).ConfigureAwait(false);
        }

        var accounts = await drafts.AccountsForAsync(person, cancellationToken).ConfigureAwait(false);
        var form = DraftForms.New(accounts) with { Prefill = submission.Values };
        return await SubmitNewAsync(person, form, submission.Values, submission.Confirmation, accounts, requestKey, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The one-line shortcut "submit &lt;account&gt; &lt;text&gt;".</summary>
    public async Task<AdaptiveCard> SubmitTextAsync(Person person, string accountId, string text, CancellationToken cancellationToken, string? requestKey = null)
    {
        var accounts = await drafts.AccountsForAsync(person, cancellationToken).ConfigureAwait(false);
        var id = accounts.FirstOrDefault(a => string.Equals(a.Id, accountId.Trim(), StringComparison.OrdinalIgnoreCase))?.Id ?? accountId.Trim();
        var values = new DraftFormValues { AccountId = id, Text = text.Trim(), TimeZoneId = "UTC" };
        return await SubmitNewAsync(person, DraftForms.New(accounts) with { Prefill = values }, values, null, accounts, requestKey, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The submitter takes the approver's suggested text: it goes out as the next revision, or the refusal says why not.</summary>
    public async Task<AdaptiveCard> AcceptSuggestionAsync(Person person, string draftId, CancellationToken cancellationToken)
    {
        var result = await drafts.AcceptSuggestionAsync(person, draftId, cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? Sent(result.Value) : Notices.Refused("Suggestion not accepted", result.Refusal!);
    }

    private async Task<AdaptiveCard> SubmitNewAsync(
        Person person, DraftFormView form, DraftFormValues values, string? confirmation, IReadOnlyList<CompanyAccount> accounts, string? requestKey, CancellationToken ct)
    {
        var (content, errors) = DraftFormReader.Read(values);
        if (content is null)
        {
            return DraftFormCard.Build(form with { FieldErrors = errors, FormError = NotSent });
        }

        if (!accounts.Any(a => a.Id == values.AccountId))
        {
            // Someone who may not speak for the account learns that, and whom to ask, before anything about the text.
            return Answer(await drafts.SubmitAsync(person, values.AccountId!, content, ct, requestKey).ConfigureAwait(false), form, []);
        }

        return await CheckThenSendAsync(person, form, values.AccountId!, content, confirmation, null,
            () => drafts.SubmitAsync(person, values.AccountId!, content, ct, requestKey), ct).ConfigureAwait(false);
    }

    private async Task<AdaptiveCard> ReviseAsync(Person person, string draftId, DraftFormSubmission submission, CancellationToken ct)
    {
        var current = await drafts.GetAsync(draftId, ct).ConfigureAwait(false);
        if (!current.Succeeded)
        {
            return Notices.Refused("Not sent", current.Refusal!);
        }

        var overview = current.Value;
        if (!DraftAccess.IsSubmitter(overview, person.Id) || overview.Draft.State != DraftState.ChangesRequested)
        {
            // The service refuses (and audits) before it looks at the content.
            var refused = await drafts.ReviseAsync(person, draftId, DraftContent.TextOnly(submission.Values.Text ?? ""), ct).ConfigureAwait(false);
            return refused.Succeeded ? Sent(refused.Value) : Notices.Refused("Not sent", refused.Refusal!);
        }

        var values = submission.Values with { AccountId = overview.Account.Id };
        var form = DraftForms.Revision(overview) with { Prefill = values };
        var (content, errors) = DraftFormReader.Read(values);
        if (content is null)
        {
            return DraftFormCard.Build(form with { FieldErrors = errors, FormError = NotSent });
        }

        return await CheckThenSendAsync(person, form, overview.Account.Id, content, submission.Confirmation, overview.Draft.Id,
            () => drafts.ReviseAsync(person, overview.Draft.Id, content, ct), ct).ConfigureAwait(false);
    }

    private async Task<AdaptiveCard> CheckThenSendAsync(
        Person person, DraftFormView form, string accountId, DraftContent content, string? confirmation, string? revisingDraftId,
        Func<Task<Result<DraftOutcome>>> send, CancellationToken ct)
    {
        var preview = await drafts.PreviewAsync(person, accountId, content, ct, revisingDraftId).ConfigureAwait(false);
        if (!preview.Succeeded)
        {
            return DraftFormCard.Build(form with { FormError = preview.Refusal!.Message });
        }

        var findings = preview.Value.Findings.Select(f => new PolicyFindingView(f.Blocks ? FindingSeverity.Blocking : FindingSeverity.Warning, f.Message)).ToList();
        if (preview.Value.Blocks)
        {
            return DraftFormCard.Build(form with
            {
                Findings = findings,
                FormError = "The policy check blocks this draft: change what the blocking findings name, then submit again.",
                FieldErrors = new Dictionary<DraftFormField, string> { [DraftFormField.Text] = preview.Value.Findings.First(f => f.Blocks).Message },
            });
        }

        var key = DraftFingerprint.Of(accountId, content);
        if (findings.Count > 0 && !SameKey(confirmation, key))
        {
            return DraftFormCard.Build(form with { Findings = findings, ConfirmationKey = key });
        }

        return Answer(await send().ConfigureAwait(false), form, findings);
    }

    private static AdaptiveCard Answer(Result<DraftOutcome> result, DraftFormView form, IReadOnlyList<PolicyFindingView> findings)
    {
        if (result.Succeeded)
        {
            return Sent(result.Value);
        }

        // Refusals about who may post have nothing to fix on the form; the others are shown on it, with what was typed.
        return result.Refusal!.Code is RefusalCode.NotASpokesperson or RefusalCode.AccountRetired or RefusalCode.NotFound
            ? Notices.Refused("Not sent", result.Refusal)
            : DraftFormCard.Build(form with { Findings = findings, FormError = result.Refusal.Message });
    }

    private static AdaptiveCard Sent(DraftOutcome outcome)
    {
        var overview = outcome.Overview;
        var draft = overview.Draft;
        var revision = draft.CurrentRevision;
        var first = string.Join(" and ", overview.Stages.Where(s => s.StepIndex == draft.StepIndex && s.Outcome == StageOutcome.Waiting).Select(s => s.Stage.Name));
        var title = revision.Number == 1 ? $"Draft {draft.Id} sent for approval" : $"Revision {Wording.Number(revision.Number)} of draft {draft.Id} sent for approval";
        return NoticeCard.Build(new NoticeView(title,
            $"It is with {first} now. Your status card shows each stage as it decides, and I will tell you the outcome here.", CardTone.Good)
        {
            Facts =
            [
                new Fact("Account", Wording.Account(overview.Account)),
                new Fact("Publishes", Wording.Schedule(revision.Content)),
                new Fact("Route", Wording.Route(draft.Route)),
                new Fact("Policy findings", revision.Findings.Count == 0 ? "none" : Wording.Number(revision.Findings.Count) + ", shown to approvers"),
            ],
        });
    }

    private static bool SameKey(string? confirmation, string key) =>
        confirmation is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(confirmation), Encoding.UTF8.GetBytes(key));
}
