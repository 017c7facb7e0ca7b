namespace PostApprovalBot.Slack.Channel.Background;

/// <summary>One queued piece of Slack work and how to describe it in logs.</summary>
internal sealed record SlackWorkItem(string Description, Func<IServiceProvider, CancellationToken, Task> Work);
