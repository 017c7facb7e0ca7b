namespace PostApprovalBot.Slack.BlockKit;

/// <summary>An element that can sit in an <see cref="InputBlock"/> and whose value comes back on submission.</summary>
public abstract class InputElement(string actionId) : BlockElement(actionId);
