namespace PostApprovalBot.Core.Accounts;

/// <summary>How people type platform names in chat and in configuration.</summary>
public static class PlatformNames
{
    public static bool TryParse(string? text, out Platform platform)
    {
        platform = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var key = text.Trim().ToLowerInvariant();
        if (key is "twitter") key = "x";
        foreach (var candidate in Enum.GetValues<Platform>())
        {
            if (Key(candidate) == key) { platform = candidate; return true; }
        }
        return false;
    }

    /// <summary>The lower-case key used in account ids and configuration files.</summary>
    public static string Key(Platform platform) => platform.ToString().ToLowerInvariant();
}
