using Azure.Data.Tables;
using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.People;
using PostApprovalBot.Storage.Serialization;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Drafts;

/// <summary>
/// The rows of one draft's partition. Row keys sort so that one range query ("dec-" onwards) reads
/// the header, revisions and decisions, and the audit rows ("aud-") stay out of the way.
/// </summary>
public static class DraftRows
{
    public const string HeaderRow = "draft";
    public const string DecisionPrefix = "dec-";
    public const string RevisionPrefix = "rev-";
    public const string AuditPrefix = "aud-";
    public const string Document = "Doc";
    public const string RevisionCount = "RevisionCount";
    public const string DecisionCount = "DecisionCount";
    public const string AuditCount = "AuditCount";

    public static string Revision(int number) => $"{RevisionPrefix}{number:D4}";

    public static string Decision(int number) => $"{DecisionPrefix}{number:D5}";

    public static string Audit(long sequence) => $"{AuditPrefix}{sequence:D8}";

    public static TableEntity Json<T>(string partition, string row, T document)
    {
        var entity = new TableEntity(partition, row);
        ChunkedText.Write(entity, Document, StorageJson.Serialize(document));
        return entity;
    }

    public static T Read<T>(TableEntity entity) => StorageJson.Deserialize<T>(ChunkedText.Read(entity, Document));

    public static TableEntity AuditRow(string partition, long sequence, AuditEvent e) => new(partition, Audit(sequence))
    {
        ["Sequence"] = sequence,
        ["Subject"] = e.Subject,
        ["Action"] = e.Action,
        ["ActorId"] = e.Actor.Id.Value,
        ["ActorName"] = e.Actor.DisplayName,
        ["At"] = e.At,
        ["Revision"] = e.Revision,
        ["Before"] = e.Before,
        ["After"] = e.After,
        ["Details"] = e.Details,
    };

    public static AuditEvent ReadAudit(TableEntity row) => new(
        row.GetString("Subject"),
        row.GetString("Action"),
        new Person(PersonId.FromEmail(row.GetString("ActorId")), row.GetString("ActorName")),
        row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        row.GetInt32("Revision"),
        row.GetString("Before"),
        row.GetString("After"),
        row.GetString("Details"));
}
