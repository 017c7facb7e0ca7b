namespace PostApprovalBot.Slack.BlockKit;

/// <summary>
/// A structural Block Kit limit was exceeded (too many blocks, an oversized id, value or metadata).
/// Text is truncated instead; structure cannot be shortened without changing meaning, so this is a bug to fix.
/// </summary>
public sealed class BlockKitLimitException(string what, int limit, int actual)
    : InvalidOperationException($"{what} allows at most {limit}, got {actual}.")
{
    public string What { get; } = what;

    public int Limit { get; } = limit;

    public int Actual { get; } = actual;
}
