namespace PostApprovalBot.Core.People;

/// <summary>
/// The one identity a person has across Teams and Slack: their work e-mail, lower-cased.
/// Channels resolve their own user ids to it, so grants and approver groups are shared.
/// </summary>
public readonly record struct PersonId
{
    public string Value { get; }

    private PersonId(string value) => Value = value;

    public static PersonId FromEmail(string email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var trimmed = email.Trim();
        if (!trimmed.Contains('@', StringComparison.Ordinal))
            throw new ArgumentException($"'{email}' is not an e-mail address.", nameof(email));
        return new PersonId(trimmed.ToLowerInvariant());
    }

    public static bool TryFromEmail(string? email, out PersonId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal)) return false;
        id = FromEmail(email);
        return true;
    }

    public bool IsEmpty => string.IsNullOrEmpty(Value);

    public override string ToString() => Value ?? "";
}
