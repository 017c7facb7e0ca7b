using Azure.Data.Tables;

namespace PostApprovalBot.Storage.Tables;

/// <summary>
/// Azure Tables cap a string property at 32K UTF-16 characters; long documents (a Facebook post may be
/// 63,206 characters) are spread over numbered properties of one entity, which may hold up to 1 MiB.
/// </summary>
public static class ChunkedText
{
    public const int ChunkLength = 30_000;
    public const int MaxChunks = 15;

    public static void Write(TableEntity entity, string prefix, string text)
    {
        var chunks = (text.Length + ChunkLength - 1) / ChunkLength;
        if (chunks > MaxChunks) throw new ArgumentException($"A stored document may be at most {MaxChunks * ChunkLength} characters.", nameof(text));
        entity[prefix + "Chunks"] = Math.Max(chunks, 1);
        for (var i = 0; i < Math.Max(chunks, 1); i++)
            entity[prefix + i] = text.Length == 0 ? "" : text.Substring(i * ChunkLength, Math.Min(ChunkLength, text.Length - i * ChunkLength));
    }

    public static string Read(TableEntity entity, string prefix)
    {
        var chunks = entity.GetInt32(prefix + "Chunks") ?? throw new InvalidOperationException($"Entity {entity.PartitionKey}/{entity.RowKey} has no {prefix} document.");
        return string.Concat(Enumerable.Range(0, chunks).Select(i => entity.GetString(prefix + i)));
    }
}
