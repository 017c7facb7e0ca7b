using System.Globalization;
using System.Text;
using PostApprovalBot.Core.Audit.Chain;

namespace PostApprovalBot.Core.Audit.Export;

/// <summary>
/// The CSV form of an export (RFC 4180): one table, one row per draft, revision, finding, decision and
/// event, told apart by the first column; CRLF between records; a field is quoted when it holds a comma,
/// a quote or a line break, and quotes inside are doubled. Texts are exact, so a spreadsheet must import
/// them as text (docs/compliance.md). CSV has no null: an absent value is an empty field.
/// </summary>
public static class AuditCsvWriter
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "record", "draft_id", "account_id", "stream", "subject", "sequence", "revision", "step", "stage", "at_utc",
        "actor_id", "actor_name", "action", "verdict", "state_before", "state_after", "text", "links", "sources",
        "scheduled_utc", "time_zone", "start", "length", "details", "hash", "previous_hash",
        "on_behalf_of_id", "on_behalf_of_name", "suggested_text",
    ];

    private static readonly Dictionary<string, int> ColumnIndex = Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);

    public static string Write(AuditExport export)
    {
        var csv = new StringBuilder();
        Line(csv, Columns);
        foreach (var draft in export.Drafts)
        {
            Line(csv, Row(("record", "draft"), ("draft_id", draft.Id), ("account_id", draft.AccountId), ("at_utc", Time(draft.SubmittedAt)),
                ("actor_id", draft.SubmitterId), ("actor_name", draft.SubmitterName), ("state_after", draft.State), ("details", "updated_utc=" + Time(draft.UpdatedAt))));
            foreach (var r in draft.Revisions)
            {
                Line(csv, Row(("record", "revision"), ("draft_id", draft.Id), ("account_id", draft.AccountId), ("revision", N(r.Number)), ("at_utc", Time(r.CreatedAt)),
                    ("actor_id", r.AuthorId), ("actor_name", r.AuthorName), ("text", r.Text), ("links", string.Join("\n", r.Links)), ("sources", r.Sources),
                    ("scheduled_utc", r.ScheduledUtc is { } s ? Time(s) : null), ("time_zone", r.ScheduledTimeZone), ("hash", r.TextSha256)));
                foreach (var (f, i) in r.Findings.Select((f, i) => (f, i)))
                    Line(csv, Row(("record", "finding"), ("draft_id", draft.Id), ("account_id", draft.AccountId), ("sequence", N(i + 1)), ("revision", N(r.Number)),
                        ("action", f.Code), ("verdict", f.Severity), ("start", N(f.Start)), ("length", N(f.Length)), ("details", f.Message)));
            }
            foreach (var d in draft.Decisions)
                Line(csv, Row(("record", "decision"), ("draft_id", draft.Id), ("account_id", draft.AccountId), ("sequence", N(d.Number)), ("revision", N(d.Revision)),
                    ("step", N(d.Step)), ("stage", d.Stage), ("at_utc", Time(d.At)), ("actor_id", d.ApproverId), ("actor_name", d.ApproverName), ("verdict", d.Verdict), ("text", d.Comment),
                    ("on_behalf_of_id", d.OnBehalfOfId), ("on_behalf_of_name", d.OnBehalfOfName), ("suggested_text", d.SuggestedText)));
            foreach (var e in draft.Events) Line(csv, EventRow(e, draft.Id, draft.AccountId));
        }
        foreach (var e in export.OtherEvents) Line(csv, EventRow(e, null, null));
        return csv.ToString();
    }

    private static string?[] EventRow(ExportedEvent e, string? draftId, string? accountId) => Row(
        ("record", "event"), ("draft_id", draftId), ("account_id", accountId), ("stream", e.Stream), ("subject", e.Subject), ("sequence", N(e.Sequence)),
        ("revision", e.Revision is { } r ? N(r) : null), ("at_utc", Time(e.At)), ("actor_id", e.ActorId), ("actor_name", e.ActorName), ("action", e.Action),
        ("state_before", e.Before), ("state_after", e.After), ("details", e.Details), ("hash", e.Hash), ("previous_hash", e.PreviousHash));

    private static string?[] Row(params (string Column, string? Value)[] cells)
    {
        var row = new string?[Columns.Count];
        foreach (var (column, value) in cells)
        {
            if (!ColumnIndex.TryGetValue(column, out var index)) throw new ArgumentException($"No CSV column '{column}'.", nameof(cells));
            row[index] = value;
        }
        return row;
    }

    private static void Line(StringBuilder csv, IEnumerable<string?> fields)
    {
        csv.AppendJoin(',', fields.Select(Field));
        csv.Append("\r\n");
    }

    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string Time(DateTimeOffset at) => AuditCanonicalForm.Timestamp(at);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
