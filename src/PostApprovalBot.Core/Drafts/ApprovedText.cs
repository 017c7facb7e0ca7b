using System.Security.Cryptography;
using System.Text;

namespace PostApprovalBot.Core.Drafts;

/// <summary>The fingerprint of the exact text that was approved, so anyone can prove what was published matches.</summary>
public static class ApprovedText
{
    public static string Sha256(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
