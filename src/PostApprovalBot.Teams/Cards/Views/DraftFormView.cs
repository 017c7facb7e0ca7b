namespace PostApprovalBot.Teams.Cards.Views;

/// <summary>The draft form: new when <see cref="DraftId"/> is null, otherwise a revision of that draft.</summary>
public sealed record DraftFormView(IReadOnlyList<AccountChoice> Accounts, IReadOnlyList<TimeZoneChoice> TimeZones)
{
    public string? DraftId { get; init; }

    /// <summary>The revision being revised, sent back so a stale form can be detected.</summary>
    public int? Revision { get; init; }

    public DraftFormValues? Prefill { get; init; }

    /// <summary>Messages shown under their field after the bot refused a submission.</summary>
    public IReadOnlyDictionary<DraftFormField, string> FieldErrors { get; init; } = new Dictionary<DraftFormField, string>();

    /// <summary>A message about the whole form, shown at the top.</summary>
    public string? FormError { get; init; }

    public PolicyLink? PostingPolicy { get; init; }

    /// <summary>What the policy check found in the values as submitted, shown above the form before the draft is routed.</summary>
    public IReadOnlyList<PolicyFindingView> Findings { get; init; } = [];

    /// <summary>
    /// Set when the submitter has seen <see cref="Findings"/>: the submit button then sends it back as
    /// <see cref="CardDataKeys.Confirmation"/>, so unchanged values are routed and changed ones are checked again.
    /// </summary>
    public string? ConfirmationKey { get; init; }

    public int TextMaxLength { get; init; } = 5000;
}
