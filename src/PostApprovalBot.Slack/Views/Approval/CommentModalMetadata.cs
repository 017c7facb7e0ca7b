using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using PostApprovalBot.Slack.BlockKit;

namespace PostApprovalBot.Slack.Views.Approval;

/// <summary>
/// The comment modal's <c>private_metadata</c>: the decision being explained and the approval message to
/// update afterwards. It carries no identity; the submitter is the payload's user.
/// </summary>
public sealed record CommentModalMetadata(
    string DraftId,
    int Revision,
    string StageId,
    ApprovalVerdict Verdict,
    string ChannelId,
    string MessageTs)
{
    public string Encode()
    {
        var json = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["d"] = DraftId, ["r"] = Revision, ["s"] = StageId, ["v"] = Verdict.ToString(), ["c"] = ChannelId, ["t"] = MessageTs,
        });
        return json.Length <= BlockKitLimits.PrivateMetadata
            ? json
            : throw new BlockKitLimitException("private_metadata", BlockKitLimits.PrivateMetadata, json.Length);
    }

    public static bool TryDecode(string? metadata, [NotNullWhen(true)] out CommentModalMetadata? decoded)
    {
        decoded = null;
        if (string.IsNullOrEmpty(metadata))
        {
            return false;
        }
        try
        {
            using var document = JsonDocument.Parse(metadata, new JsonDocumentOptions { AllowDuplicateProperties = false });
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && Text(root, "d") is { } draftId
                && root.TryGetProperty("r", out var revision) && revision.TryGetInt32(out var number) && number >= 0
                && Text(root, "s") is { } stageId
                && Enum.TryParse<ApprovalVerdict>(Text(root, "v"), ignoreCase: false, out var verdict) && Enum.IsDefined(verdict)
                && Text(root, "c") is { } channel
                && Text(root, "t") is { } ts)
            {
                decoded = new CommentModalMetadata(draftId, number, stageId, verdict, channel, ts);
            }
            return decoded is not null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
