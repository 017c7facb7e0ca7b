using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace PostApprovalBot.Slack.Signing;

/// <summary>
/// Checks Slack's <c>X-Slack-Signature</c> over the raw request body, before anything parses it.
/// </summary>
public sealed class SlackRequestVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";

    /// <summary>Slack's replay window: older or future-dated requests are refused.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    private const string Version = "v0";
    private const int Sha256HexLength = 64;

    public SlackSignatureCheck Verify(IHeaderDictionary headers, ReadOnlySpan<byte> rawBody)
    {
        var timestamp = headers[TimestampHeader];
        var signature = headers[SignatureHeader];
        // Two values for one header is never Slack; refuse rather than pick one.
        if (timestamp.Count > 1)
        {
            return SlackSignatureCheck.Refused(SlackSignatureFailure.MalformedTimestamp, "The timestamp header appears more than once.");
        }
        if (signature.Count > 1)
        {
            return SlackSignatureCheck.Refused(SlackSignatureFailure.MalformedSignature, "The signature header appears more than once.");
        }
        return Verify(timestamp.ToString(), signature.ToString(), rawBody);
    }

    public SlackSignatureCheck Verify(string? timestamp, string? signature, ReadOnlySpan<byte> rawBody)
    {
        var secret = options.Value.SigningSecret;
        if (string.IsNullOrEmpty(secret))
        {
            return SlackSignatureCheck.Refused(SlackSignatureFailure.SecretNotConfigured, "Slack:SigningSecret is not configured.");
        }
        if (string.IsNullOrEmpty(timestamp))
        {
            return SlackSignatureCheck.Refused(SlackSignatureFailure.MissingTimestamp, $"The {TimestampHeader} header is missing.");
        }
        if (string.IsNullOrEmpty(signature))
        {
            return SlackSignatureCheck.Refused(SlackSignatureFailure.MissingSignature, $"The {SignatureHeader} header is missing.");
        }
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SlackSignatureCheck.Refused(SlackSignatureFailure.MalformedTimestamp, "The timestamp is not a whole number of seconds.");
        }
        var skew = time.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (Math.Abs(skew) > (long)MaxClockSkew.TotalSeconds)
        {
            return SlackSignatureCheck.Refused(SlackSignatureFailure.StaleTimestamp, $"The timestamp is {skew} s away from now; at most {MaxClockSkew.TotalSeconds} s is accepted.");
        }
        if (!TryReadSignature(signature, out var presented))
        {
            return SlackSignatureCheck.Refused(SlackSignatureFailure.MalformedSignature, "The signature is not 'v0=' followed by 64 hex digits.");
        }
        var expected = ComputeSignature(secret, timestamp, rawBody);
        return CryptographicOperations.FixedTimeEquals(expected, presented)
            ? SlackSignatureCheck.Valid
            : SlackSignatureCheck.Refused(SlackSignatureFailure.SignatureMismatch, "The signature does not match the body.");
    }

    private static bool TryReadSignature(string signature, out byte[] bytes)
    {
        bytes = [];
        var prefix = Version + "=";
        if (signature.Length != prefix.Length + Sha256HexLength || !signature.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }
        try
        {
            bytes = Convert.FromHexString(signature.AsSpan(prefix.Length));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static byte[] ComputeSignature(string secret, string timestamp, ReadOnlySpan<byte> rawBody)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.ASCII.GetBytes($"{Version}:{timestamp}:"));
        hmac.AppendData(rawBody);
        return hmac.GetHashAndReset();
    }
}
