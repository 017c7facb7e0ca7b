namespace PostApprovalBot.Host.Telemetry;

/// <summary>Which channel a change came through, from the request being answered (none: the clock or a background pass).</summary>
public sealed class RequestChannel(IHttpContextAccessor http)
{
    public string Current => http.HttpContext?.Request.Path.Value switch
    {
        null => "background",
        var path when path.StartsWith("/api/messages", StringComparison.OrdinalIgnoreCase) => "teams",
        var path when path.StartsWith("/slack/", StringComparison.OrdinalIgnoreCase) => "slack",
        var path when path.StartsWith("/admin/", StringComparison.OrdinalIgnoreCase) => "admin-api",
        _ => "other",
    };
}
