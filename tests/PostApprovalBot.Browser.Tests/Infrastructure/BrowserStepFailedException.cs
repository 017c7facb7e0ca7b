namespace PostApprovalBot.Browser.Tests.Infrastructure;

/// <summary>A step of a browser test failed; the message names the saved screenshot and log panel.</summary>
public sealed class BrowserStepFailedException(string message, Exception inner) : Exception(message, inner);
