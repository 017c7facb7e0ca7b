using System.Globalization;
using PostApprovalBot.Core.Drafts;

namespace PostApprovalBot.Teams.Channel.Drafts;

/// <summary>
/// Identifies exactly what a submitter saw the policy findings for, so that submitting it unchanged routes it and any change is checked again.
/// It only spares a second look at findings; approvers see the findings whatever a forged fingerprint says.
/// </summary>
internal static class DraftFingerprint
{
    public static string Of(string accountId, DraftContent content) => ApprovedText.Sha256(string.Join('\u001f',
        accountId,
        content.Text,
        string.Join('\u001e', content.Links),
        content.Sources ?? "",
        content.Schedule?.Utc.ToString("O", CultureInfo.InvariantCulture) ?? "",
        content.Schedule?.TimeZoneId ?? ""));
}
