using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace PostApprovalBot.Slack.Views.Approval;

/// <summary>
/// What an approval button carries: which draft revision and stage it is about, nothing else. It names no
/// person and grants nothing: the clicker is the payload's user, and the core checks their right to decide.
/// </summary>
public sealed record ApprovalButtonValue(string DraftId, int Revision, string StageId)
{
    public string Encode() => JsonSerializer.Serialize(new Dictionary<string, object> { ["d"] = DraftId, ["r"] = Revision, ["s"] = StageId });

    public static bool TryDecode(string? value, [NotNullWhen(true)] out ApprovalButtonValue? decoded)
    {
        decoded = null;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }
        try
        {
            using var document = JsonDocument.Parse(value, new JsonDocumentOptions { AllowDuplicateProperties = false });
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("d", out var draft) && draft.ValueKind == JsonValueKind.String && draft.GetString() is { Length: > 0 } draftId
                && root.TryGetProperty("r", out var revision) && revision.TryGetInt32(out var number) && number >= 0
                && root.TryGetProperty("s", out var stage) && stage.ValueKind == JsonValueKind.String && stage.GetString() is { Length: > 0 } stageId)
            {
                decoded = new ApprovalButtonValue(draftId, number, stageId);
            }
            return decoded is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
