using System.Security.Cryptography;
using System.Text;

namespace PostApprovalBot.Slack.Tests.Support;

/// <summary>Signs bodies the way Slack does, written independently of the verifier under test.</summary>
internal static class TestSigner
{
    public static string Sign(string secret, string timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        return "v0=" + Convert.ToHexStringLower(mac);
    }
}
