using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace PostApprovalBot.Slack.Inbound;

/// <summary>An <c>application/x-www-form-urlencoded</c> body read from the raw, already verified bytes.</summary>
internal sealed class FormFields
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Dictionary<string, string> _fields;

    private FormFields(Dictionary<string, string> fields) => _fields = fields;

    public static FormFields Parse(ReadOnlySpan<byte> body)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            throw new SlackPayloadException("The form body is not valid UTF-8.");
        }
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, values) in QueryHelpers.ParseQuery(text))
        {
            // A repeated field is ambiguous; Slack never sends one, so refuse instead of guessing.
            if (values.Count != 1)
            {
                throw new SlackPayloadException($"The form field '{key}' appears more than once.");
            }
            fields[key] = values.ToString();
        }
        return new FormFields(fields);
    }

    public string Required(string name) =>
        _fields.TryGetValue(name, out var value) && value.Length > 0 ? value : throw new SlackPayloadException($"The form field '{name}' is missing.");

    public string? Optional(string name) => _fields.TryGetValue(name, out var value) ? value : null;

    public Uri RequiredHttpsUrl(string name)
    {
        var text = Required(name);
        return Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps
            ? url
            : throw new SlackPayloadException($"The form field '{name}' is not an https URL.");
    }
}
