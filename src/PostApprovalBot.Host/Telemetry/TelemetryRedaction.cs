using System.Diagnostics;
using OpenTelemetry;

namespace PostApprovalBot.Host.Telemetry;

/// <summary>
/// Strips what could name a person from every span's URL before it is exported: table keys (an inbox partition is an
/// e-mail address), Bot Connector conversation ids, query strings. Keeps the host and the first two path segments
/// ("/api/chat.postMessage", "/v3/conversations", "/devstoreaccount1/drafts"), each cut at '('.
/// </summary>
public sealed class TelemetryRedaction : BaseProcessor<Activity>
{
    private static readonly string[] UrlTags = ["url.full", "http.url"];

    public override void OnEnd(Activity data)
    {
        foreach (var tag in UrlTags)
            if (data.GetTagItem(tag) is string url && Uri.TryCreate(url, UriKind.Absolute, out var uri)) data.SetTag(tag, Url(uri));
        if (data.GetTagItem("url.path") is string path) data.SetTag("url.path", Path(path));
        if (data.GetTagItem("url.query") is not null) data.SetTag("url.query", null);
    }

    public static string Url(Uri uri) => $"{uri.Scheme}://{uri.Authority}{Path(uri.AbsolutePath)}";

    public static string Path(string path) =>
        "/" + string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(segment => segment.Split('(')[0]));
}
