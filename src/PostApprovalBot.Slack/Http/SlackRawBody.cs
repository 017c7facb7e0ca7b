using Microsoft.AspNetCore.Http;

namespace PostApprovalBot.Slack.Http;

/// <summary>
/// Reads a Slack request body as raw bytes: the signature covers the exact bytes, so verify these
/// before any form or JSON binding touches the request.
/// </summary>
public static class SlackRawBody
{
    /// <summary>Slack payloads are a few KiB; a cap stops a large unsigned body from costing memory.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>Returns the body, or null when it is larger than <paramref name="maxBytes"/> (answer 413).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken, int maxBytes = MaxBytes)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
