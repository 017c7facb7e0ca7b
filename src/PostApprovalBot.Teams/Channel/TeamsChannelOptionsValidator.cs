using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PostApprovalBot.Teams.Channel;

/// <summary>Stops startup with a message naming the Teams setting that is missing or wrong, when the channel is on.</summary>
internal sealed class TeamsChannelOptionsValidator(IHostEnvironment environment) : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var problems = Problems(environment.IsDevelopment(), options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    internal static IEnumerable<string> Problems(bool isDevelopment, TeamsOptions options)
    {
        var mode = TeamsChannelStatus.Decide(isDevelopment, options);
        if (mode == TeamsChannelMode.Off)
        {
            yield break;
        }

        var hasAppId = !string.IsNullOrWhiteSpace(options.AppId);
        if (mode == TeamsChannelMode.Connected && !hasAppId)
        {
            yield return "Teams:AppId is missing: set it to the Microsoft App ID of the bot's Entra app registration (the Azure Bot resource shows it), "
                + "or remove the other Teams settings to run without Teams.";
        }

        if (hasAppId && !Guid.TryParse(options.AppId, out _))
        {
            yield return "Teams:AppId must be the app registration's Application (client) ID, a GUID.";
        }

        if (hasAppId && string.IsNullOrEmpty(options.AppPassword))
        {
            yield return "Teams:AppPassword is missing: set it to a client secret of the bot's app registration (keep it in Key Vault or user secrets).";
        }

        foreach (var host in options.AllowedServiceUrlHosts.Where(h => h.Contains('/', StringComparison.Ordinal) || h.Any(char.IsWhiteSpace)))
        {
            yield return $"Teams:AllowedServiceUrlHosts entry '{host}' must be a bare host name such as smba.trafficmanager.net, without scheme or path.";
        }

        if (!Uri.TryCreate(options.OpenIdMetadataUrl, UriKind.Absolute, out var metadata)
            || !(metadata.Scheme == Uri.UriSchemeHttps || (metadata.Scheme == Uri.UriSchemeHttp && metadata.IsLoopback)))
        {
            yield return "Teams:OpenIdMetadataUrl must be an https URL (plain http only for a loopback stand-in).";
        }
    }
}
