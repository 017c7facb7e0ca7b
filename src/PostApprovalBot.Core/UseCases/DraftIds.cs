using System.Security.Cryptography;

namespace PostApprovalBot.Core.UseCases;

/// <summary>Short ids people can type in chat ("status P-7K3QXM"): no look-alike letters.</summary>
public static class DraftIds
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    private const int Length = 6;

    public static string New() => "P-" + RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>An id of the same form taken from a hash, so the same input always names the same draft.</summary>
    public static string FromHash(ReadOnlySpan<byte> hash)
    {
        // One byte per letter: 256 is not a multiple of 30, so the first letters are a little likelier; ids stay as hard to guess as needed.
        var letters = new char[Length];
        for (var i = 0; i < Length; i++) letters[i] = Alphabet[hash[i] % Alphabet.Length];
        return "P-" + new string(letters);
    }

    /// <summary>Longer than any id we issue: what is cut off could not have named a draft, and the key and audit subject stay within table limits.</summary>
    private const int LongestAccepted = 32;

    public static string Normalize(string id)
    {
        var trimmed = id.Trim().ToUpperInvariant();
        return trimmed.Length > LongestAccepted ? trimmed[..LongestAccepted] : trimmed;
    }
}
