using Microsoft.Extensions.Options;

namespace PostApprovalBot.Teams;

/// <summary>
/// Decides whether a serviceUrl may receive our connector token: its host must be on <see cref="TeamsOptions.AllowedServiceUrlHosts"/>,
/// over https (plain http only for a loopback host, which is a local stand-in).
/// </summary>
public sealed class TrustedServiceUrls(IOptions<TeamsOptions> options)
{
    private readonly HashSet<string> hosts = new(
        options.Value.AllowedServiceUrlHosts.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim()),
        StringComparer.OrdinalIgnoreCase);

    public bool IsTrusted(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0)
        {
            return false;
        }

        var schemeAllowed = uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
        return schemeAllowed && hosts.Contains(uri.IdnHost);
    }
}
