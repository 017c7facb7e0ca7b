using System.Globalization;
using System.Text;

namespace PostApprovalBot.Core.Audit.Chain;

/// <summary>
/// Builds the text a hash is computed over: a header line, then one line per field,
/// <c>name=~</c> for null or <c>name=&lt;UTF-8 byte count&gt;:&lt;value&gt;</c>. The byte count makes the text
/// unambiguous whatever a value contains (newlines, '=' or ':'), without any escaping to get wrong.
/// </summary>
internal sealed class CanonicalText(string header)
{
    private readonly StringBuilder _text = new StringBuilder(header).Append('\n');

    public CanonicalText Add(string name, string? value)
    {
        _text.Append(name).Append('=');
        if (value is null) _text.Append('~');
        else _text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        _text.Append('\n');
        return this;
    }

    public CanonicalText Add(string name, long? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public override string ToString() => _text.ToString();
}
