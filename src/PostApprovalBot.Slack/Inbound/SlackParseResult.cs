using System.Diagnostics.CodeAnalysis;

namespace PostApprovalBot.Slack.Inbound;

/// <summary>Either a parsed Slack payload or the reason it could not be read; parsers never throw.</summary>
public sealed class SlackParseResult<T>
    where T : class
{
    private SlackParseResult(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Value is not null;

    public static SlackParseResult<T> Success(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    public static SlackParseResult<T> Failure(string error) => new(null, error);
}
