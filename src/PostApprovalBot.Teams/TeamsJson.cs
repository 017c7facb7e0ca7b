using System.Text.Json;
using System.Text.Json.Serialization;

namespace PostApprovalBot.Teams;

/// <summary>The one JSON convention of the Bot Framework wire format: camelCase, nulls left out.</summary>
internal static class TeamsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
