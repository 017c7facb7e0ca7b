using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Accounts;

/// <summary>
/// A social account that speaks in the company's name. The owner answers the question
/// "who speaks for this account?" and is named in every refusal.
/// </summary>
public sealed record CompanyAccount(
    string Id,
    Platform Platform,
    string Handle,
    string DisplayName,
    Person Owner,
    bool Retired = false)
{
    public static string MakeId(Platform platform, string handle) =>
        $"{PlatformNames.Key(platform)}-{handle.Trim().TrimStart('@').ToLowerInvariant()}";

    public string Label => $"{DisplayName} ({Platform} {Handle})";
}
