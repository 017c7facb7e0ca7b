namespace PostApprovalBot.Slack.Inbound.Interactions;

/// <summary>
/// What one input holds at submission: <see cref="Value"/> for text inputs, <see cref="SelectedOption"/>
/// (the option's value) for selects, <see cref="SelectedDate"/> (YYYY-MM-DD), <see cref="SelectedTime"/> (HH:mm),
/// <see cref="SelectedUser"/> for user pickers. Fields the element does not have are null.
/// </summary>
public sealed record SubmittedValue(
    string Type,
    string? Value,
    string? SelectedOption,
    string? SelectedDate,
    string? SelectedTime,
    string? SelectedUser);
