namespace PostApprovalBot.Slack.Inbound.Interactions;

/// <summary>A view's <c>state.values</c>: block id → action id → the input's value.</summary>
public sealed class ViewStateValues(IReadOnlyDictionary<string, IReadOnlyDictionary<string, SubmittedValue>> blocks)
{
    public static ViewStateValues Empty { get; } = new(new Dictionary<string, IReadOnlyDictionary<string, SubmittedValue>>());

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, SubmittedValue>> Blocks { get; } = blocks;

    /// <summary>The input at <paramref name="blockId"/>/<paramref name="actionId"/>, or null when the view has none.</summary>
    public SubmittedValue? Find(string blockId, string actionId) =>
        Blocks.TryGetValue(blockId, out var actions) && actions.TryGetValue(actionId, out var value) ? value : null;
}
