using System.Diagnostics.CodeAnalysis;
using PostApprovalBot.Slack.Http;

namespace PostApprovalBot.Slack.Views;

/// <summary>
/// A modal submission read into <typeparamref name="T"/>, or the messages to show under its fields
/// (keyed by input block id), answered with <see cref="ToErrorAnswer"/> so the modal stays open.
/// </summary>
public sealed class ModalFormResult<T>
    where T : class
{
    private ModalFormResult(T? value, IReadOnlyDictionary<string, string> errors)
    {
        Value = value;
        ErrorsByBlockId = errors;
    }

    public T? Value { get; }

    public IReadOnlyDictionary<string, string> ErrorsByBlockId { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;

    public static ModalFormResult<T> Success(T value) =>
        new(value ?? throw new ArgumentNullException(nameof(value)), new Dictionary<string, string>());

    public static ModalFormResult<T> Invalid(IReadOnlyDictionary<string, string> errorsByBlockId) =>
        errorsByBlockId.Count > 0 ? new(null, errorsByBlockId) : throw new ArgumentException("Name at least one error.", nameof(errorsByBlockId));

    public SlackHttpAnswer ToErrorAnswer() => SlackHttpAnswer.ViewErrors(ErrorsByBlockId);
}
