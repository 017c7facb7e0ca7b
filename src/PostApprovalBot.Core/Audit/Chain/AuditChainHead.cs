namespace PostApprovalBot.Core.Audit.Chain;

/// <summary>Where a chain ends: how many links it has and the hash of the last one ("" before the first).</summary>
public sealed record AuditChainHead(long Count, string Hash)
{
    public const string GenesisHash = "";

    public static AuditChainHead Empty { get; } = new(0, GenesisHash);
}
