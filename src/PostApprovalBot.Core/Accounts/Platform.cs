namespace PostApprovalBot.Core.Accounts;

public enum Platform
{
    LinkedIn,
    X,
    Facebook,
    Instagram,
    Threads,
    Bluesky,
    Mastodon,
    YouTube,
    TikTok,
}
