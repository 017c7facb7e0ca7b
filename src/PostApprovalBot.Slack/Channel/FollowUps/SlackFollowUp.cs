namespace PostApprovalBot.Slack.Channel.FollowUps;

/// <summary>One queued follow-up and how to describe it in logs.</summary>
internal sealed record SlackFollowUp(string Description, Func<IServiceProvider, CancellationToken, Task> Work);
