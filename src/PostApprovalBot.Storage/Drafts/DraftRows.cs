using Azure.Data.Tables;
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
    public const string AuditPrefix = PostApprovalBot.Storage.Audit.AuditRows.Prefix;
    public const string Document = "Doc";
    public const string RevisionCount = "RevisionCount";
    public const string DecisionCount = "DecisionCount";
    public const string AuditCount = "AuditCount";
    /// <summary>The hash of the last audit event: with AuditCount, the head of the draft's audit chain.</summary>
    public const string AuditHead = "AuditHead";

    public static string Revision(int number) => $"{RevisionPrefix}{number:D4}";

    public static string Decision(int number) => $"{DecisionPrefix}{number:D5}";

    public static string Audit(long sequence) => PostApprovalBot.Storage.Audit.AuditRows.Key(sequence);

    public static TableEntity Json<T>(string partition, string row, T document)
    {
        var entity = new TableEntity(partition, row);
        ChunkedText.Write(entity, Document, StorageJson.Serialize(document));
        return entity;
    }

    public static T Read<T>(TableEntity entity) => StorageJson.Deserialize<T>(ChunkedText.Read(entity, Document));
}
