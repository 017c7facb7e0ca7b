using PostApprovalBot.Core.Accounts;

namespace PostApprovalBot.Core.Policy;

/// <summary>A platform's published limits; configuration, because platforms change them.</summary>
public sealed record PlatformRule(
    Platform Platform,
    int MaxLength,
    LengthCounting Counting,
    int UrlLength = 23,
    int? MaxHashtags = null);
