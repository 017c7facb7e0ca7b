namespace PostApprovalBot.Core.Outcomes;

/// <summary>Either a value or a <see cref="Refusal"/>; refusals are expected answers, not exceptions.</summary>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, Refusal? refusal)
    {
        _value = value;
        Refusal = refusal;
    }

    public Refusal? Refusal { get; }

    public bool Succeeded => Refusal is null;

    public T Value => Succeeded ? _value! : throw new InvalidOperationException($"No value: {Refusal}");

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Refused(RefusalCode code, string message) => new(default, new Refusal(code, message));

    public static Result<T> Refused(Refusal refusal) => new(default, refusal);

    public static implicit operator Result<T>(Refusal refusal) => Refused(refusal);
}
