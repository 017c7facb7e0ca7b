using System.Globalization;

namespace PostApprovalBot.Core.Drafts;

/// <summary>
/// Identifies exactly what is submitted, account and every part of the content, so that channels can tell "the same form sent
/// again" from "a changed form": Teams skips a second look at findings already shown for it, a Slack modal makes it part of its
/// request key. It decides nothing: approvers see the findings whatever a forged fingerprint says.
/// </summary>
public static class DraftFingerprint
{
    public static string Of(string accountId, DraftContent content) => ApprovedText.Sha256(string.Join('\u001f',
        accountId,
        content.Text,
        string.Join('\u001e', content.Links),
        content.Sources ?? "",
        content.Schedule?.Utc.ToString("O", CultureInfo.InvariantCulture) ?? "",
        content.Schedule?.TimeZoneId ?? ""));
}
