using System.Security.Cryptography;

namespace PostApprovalBot.Core.UseCases;

/// <summary>Short ids people can type in chat ("status P-7K3QXM"): no look-alike letters.</summary>
public static class DraftIds
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New() => "P-" + RandomNumberGenerator.GetString(Alphabet, 6);

    public static string Normalize(string id) => id.Trim().ToUpperInvariant();
}
