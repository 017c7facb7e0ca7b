namespace PostApprovalBot.Slack.BlockKit;

/// <summary>
/// Collects blocks for one surface and knows how many more fit, so views can plan what to show
/// (a "…and 12 more" line) instead of hitting Slack's block limit.
/// </summary>
public sealed class BlockList(int capacity)
{
    private readonly List<Block> _blocks = [];

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public int Count => _blocks.Count;

    public int Remaining => Capacity - _blocks.Count;

    public IReadOnlyList<Block> Blocks => _blocks;

    public BlockList Add(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (_blocks.Count == Capacity)
        {
            throw new BlockKitLimitException("this surface's blocks", Capacity, Capacity + 1);
        }
        _blocks.Add(block);
        return this;
    }

    public BlockList AddRange(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            Add(block);
        }
        return this;
    }
}
