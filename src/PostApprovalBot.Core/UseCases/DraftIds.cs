using System.Security.Cryptography;

namespace PostApprovalBot.Core.UseCases;

/// <summary>Short ids people can type in chat ("status P-7K3QXM"): no look-alike letters.</summary>
public static class DraftIds
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New() => "P-" + RandomNumberGenerator.GetString(Alphabet, 6);

    /// <summary>Longer than any id we issue: what is cut off could not have named a draft, and the key and audit subject stay within table limits.</summary>
    private const int LongestAccepted = 32;

    public static string Normalize(string id)
    {
        var trimmed = id.Trim().ToUpperInvariant();
        return trimmed.Length > LongestAccepted ? trimmed[..LongestAccepted] : trimmed;
    }
}
