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

    /// <summary>
    /// How logs name the person: "p-" and the first 12 hex digits of the SHA-256 of the address. Logs leave the company's
    /// tables for a monitoring workspace with its own readers and retention, so they carry no e-mail; the same person
    /// always gets the same pseudonym, so their lines can still be found (docs/deployment.md, Monitoring, says how).
    /// Anyone holding a list of the company's addresses can match it, so it keeps addresses out of logs, nothing more.
    /// </summary>
    public string Pseudonym =>
        "p-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Value ?? "")))[..12];

    public override string ToString() => Value ?? "";
}
