using System.Text;
using PostApprovalBot.Core.Audit.Explorer;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Core.Audit.Export;

/// <summary>
/// Builds an auditor's export for a period, optionally for one account or one person. The admin API and
/// the admin chat command call <see cref="ExportFileAsync"/>; the CLI does too.
/// </summary>
public sealed class AuditExporter(IAuditArchive archive, IDraftStore drafts, TimeProvider clock)
{
    public async Task<AuditExportFile> ExportFileAsync(AuditExportRequest request, ExportFormat format, CancellationToken cancellationToken)
    {
        var export = await ExportAsync(request, cancellationToken);
        var name = $"audit-{request.From:yyyy-MM-dd}-to-{request.To:yyyy-MM-dd}";
        return format == ExportFormat.Csv
            ? new AuditExportFile(name + ".csv", "text/csv; charset=utf-8", Encoding.UTF8.GetBytes(AuditCsvWriter.Write(export)))
            : new AuditExportFile(name + ".json", "application/json; charset=utf-8", Encoding.UTF8.GetBytes(AuditJsonWriter.Write(export)));
    }

    public async Task<AuditExport> ExportAsync(AuditExportRequest request, CancellationToken cancellationToken)
    {
        if (request.Validate() is { } problem) throw new ArgumentException(problem, nameof(request));
        var found = request.LedgerOnly
            ? await RecordedEvents.ReadAsync(archive, request.From, request.To, cancellationToken)
            : await archive.FindEventsAsync(request.From, request.To, cancellationToken);
        var accounts = new SubjectAccounts(drafts);
        var exported = new List<ExportedDraft>();
        // With an action, only the drafts with such an event in the period are read (each with its whole history).
        var draftRows = found.Where(r => r.Stream == AuditStreams.Drafts && (request.Action is null || r.Event?.Action == request.Action));
        foreach (var id in draftRows.Select(r => r.Subject).Distinct().Order(StringComparer.Ordinal))
        {
            var draft = await ReadDraftAsync(id, cancellationToken);
            accounts.Remember(id, draft.AccountId);
            if (Wanted(draft, request)) exported.Add(draft);
        }
        var others = new List<ExportedEvent>();
        foreach (var row in found.Where(r => r.Stream == AuditStreams.Log && r.Event is not null).OrderBy(r => r.Event!.At).ThenBy(r => r.Subject, StringComparer.Ordinal).ThenBy(r => r.Sequence))
        {
            var account = request.AccountId is null ? null : await accounts.OfAsync(row.Subject, cancellationToken);
            if (request.Filter.Matches(row.Event!, account)) others.Add(Event(row));
        }
        return new AuditExport(request.From, request.To, request.AccountId, request.Person?.Value, clock.GetUtcNow(), exported, others);
    }

    private async Task<ExportedDraft> ReadDraftAsync(string id, CancellationToken cancellationToken)
    {
        var chain = await archive.ReadChainAsync(AuditStreams.Drafts, id, cancellationToken);
        var events = chain.Rows.Where(r => r.Event is not null).Select(Event).ToList();
        var stored = await drafts.GetAsync(id, cancellationToken);
        if (stored is null)
            // The draft's own row is gone but its audit rows remain: export what is left (verify reports the break).
            return new ExportedDraft(id, "", "", "", "Missing", default, default, [], [], events);
        var draft = stored.Draft;
        return new ExportedDraft(draft.Id, draft.AccountId, draft.Submitter.Id.Value, draft.Submitter.DisplayName, draft.State.ToString(),
            draft.SubmittedAt, draft.UpdatedAt, draft.Revisions.Select(Revision).ToList(), draft.Decisions.Select(Decision).ToList(), events);
    }

    private static bool Wanted(ExportedDraft draft, AuditExportRequest request)
    {
        if (request.AccountId is { } account && draft.AccountId != account) return false;
        if (request.Person is not { } person) return true;
        var id = person.Value;
        return draft.SubmitterId == id || draft.Revisions.Any(r => r.AuthorId == id) || draft.Decisions.Any(d => d.ApproverId == id || d.OnBehalfOfId == id) || draft.Events.Any(e => e.ActorId == id);
    }

    private static ExportedEvent Event(StoredAuditRow row)
    {
        var e = row.Event!;
        return new ExportedEvent(row.Stream, row.Subject, row.Sequence, e.Action, e.Actor.Id.Value, e.Actor.DisplayName, e.At, e.Revision, e.Before, e.After, e.Details, row.PreviousHash, row.Hash);
    }

    private static ExportedRevision Revision(DraftRevision r) => new(
        r.Number, r.Author.Id.Value, r.Author.DisplayName, r.CreatedAt, r.Content.Text, ApprovedText.Sha256(r.Content.Text),
        r.Content.Links, r.Content.Sources, r.Content.Schedule?.Utc, r.Content.Schedule?.TimeZoneId,
        r.Findings.Select(f => new ExportedFinding(f.Code, f.Severity.ToString(), f.Message, f.Start, f.Length)).ToList());

    private static ExportedDecision Decision(StageDecision d, int index) => new(
        index + 1, d.Revision, d.StepIndex + 1, d.StageName, d.Approver.Id.Value, d.Approver.DisplayName, d.Verdict.ToString(), d.Comment, d.At,
        d.OnBehalfOf?.Id.Value, d.OnBehalfOf?.DisplayName, d.SuggestedText);
}
