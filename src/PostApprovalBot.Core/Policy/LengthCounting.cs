namespace PostApprovalBot.Core.Policy;

/// <summary>How a platform counts the length of a post.</summary>
public enum LengthCounting
{
    /// <summary>Unicode code points (what LinkedIn, Facebook, Instagram, Threads show).</summary>
    Characters,
    /// <summary>User-perceived characters (Bluesky).</summary>
    Graphemes,
    /// <summary>X's weighted count: CJK and emoji count 2, every URL counts as a fixed length.</summary>
    XWeighted,
    /// <summary>Characters, but every URL counts as a fixed length (Mastodon).</summary>
    CharactersWithFixedUrls,
}
