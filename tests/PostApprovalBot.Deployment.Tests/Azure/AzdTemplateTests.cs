using System.Text.Json;
using System.Text.RegularExpressions;
using PostApprovalBot.Deployment.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PostApprovalBot.Deployment.Tests.Azure;

/// <summary>The azd template holds together: azure.yaml, infra/main.bicep and its parameters file.</summary>
[Trait("Category", "Deployment")]
public sealed partial class AzdTemplateTests
{
    [Fact]
    public void Azd_deploys_the_host_project_to_app_service_as_service_bot()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(RepositoryFiles.ReadText("azure.yaml")));
        var bot = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"])["bot"];
        var project = RepositoryFiles.PathOf(bot["project"].ToString());

        Assert.Equal("dotnet", bot["language"].ToString());
        Assert.Equal("appservice", bot["host"].ToString());
        Assert.True(File.Exists(Path.Combine(project, "PostApprovalBot.Host.csproj")), $"No host project in {project}.");
    }

    [Fact]
    public void Parameters_file_supplies_only_declared_parameters_and_every_required_one()
    {
        var declared = BicepParameters(RepositoryFiles.ReadText("infra", "main.bicep"));
        using var file = JsonDocument.Parse(RepositoryFiles.ReadText("infra", "main.parameters.json"));
        var supplied = file.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToHashSet();

        Assert.Subset(declared.Keys.ToHashSet(), supplied);
        Assert.Subset(supplied, declared.Where(p => p.Value).Select(p => p.Key).ToHashSet());
    }

    [Fact]
    public void Web_app_answers_health_probes_on_the_host_health_route()
    {
        var web = RepositoryFiles.ReadText("infra", "modules", "web.bicep");

        Assert.Contains($"healthCheckPath: '{HostRoutes.Readiness}'", web, StringComparison.Ordinal);
    }

    [Fact]
    public void Azure_bot_sends_activities_to_the_host_messages_route()
    {
        var bot = RepositoryFiles.ReadText("infra", "modules", "bot.bicep");

        Assert.Contains($"endpoint: 'https://${{botHost}}{HostRoutes.TeamsMessages}'", bot, StringComparison.Ordinal);
    }

    [Fact]
    public void Web_view_signs_in_with_the_bot_app_registration_and_its_secret()
    {
        var web = RepositoryFiles.ReadText("infra", "modules", "web.bicep");

        Assert.Equal(AppSetting(web, "Teams__AppId"), AppSetting(web, "WebView__ClientId"));
        Assert.Equal(AppSetting(web, "Teams__AppPassword"), AppSetting(web, "WebView__ClientSecret"));
        Assert.StartsWith("keyVaultReference(", AppSetting(web, "WebView__ClientSecret"), StringComparison.Ordinal);
        Assert.Equal("'${environment().authentication.loginEndpoint}${signInTenantId}/v2.0'", AppSetting(web, "WebView__Authority"));
    }

    [Fact]
    public void Web_view_accepts_teams_sso_tokens_for_the_resource_the_manifest_names()
    {
        var web = RepositoryFiles.ReadText("infra", "modules", "web.bicep");
        using var manifest = JsonDocument.Parse(RepositoryFiles.ReadText("manifest", "teams", "manifest.json"));
        var resource = manifest.RootElement.GetProperty("webApplicationInfo").GetProperty("resource").GetString();

        // The same URI on both sides: the package is filled with the BOT_HOST output, which is the site's host name.
        Assert.Equal("api://{{BOT_HOST}}/{{BOT_APP_ID}}", resource);
        Assert.Equal("'api://${site.properties.defaultHostName}/${botAppId}'", AppSetting(web, "WebView__ApplicationIdUri"));
        Assert.Contains("output BOT_HOST string = web.outputs.defaultHostName", RepositoryFiles.ReadText("infra", "main.bicep"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_alert_rule_calls_the_operators_given_at_deployment()
    {
        var monitoring = RepositoryFiles.ReadText("infra", "modules", "monitoring.bicep");
        var rules = Regex.Matches(monitoring, @"^resource \w+ 'Microsoft\.Insights/scheduledQueryRules@", RegexOptions.Multiline).Count;

        Assert.True(rules >= 2, $"monitoring.bicep declares {rules} alert rules.");
        Assert.Equal(rules, Regex.Matches(monitoring, @"^\s*actions: alertActions\s*$", RegexOptions.Multiline).Count);
        Assert.Contains("actionGroups: empty(alertEmails) ? [] : [ operators.id ]", monitoring, StringComparison.Ordinal);
        Assert.Contains("emailAddress: email", monitoring, StringComparison.Ordinal);
        Assert.Contains("\"value\": \"${ALERT_EMAILS}\"", RepositoryFiles.ReadText("infra", "main.parameters.json"), StringComparison.Ordinal);
    }

    /// <summary>The Bicep expression an app setting is given in web.bicep.</summary>
    private static string AppSetting(string bicep, string name) =>
        Regex.Match(bicep, $@"^\s*{name}:\s*(?<value>.+?)\s*$", RegexOptions.Multiline) is { Success: true } match
            ? match.Groups["value"].Value
            : throw new Xunit.Sdk.XunitException($"web.bicep sets no app setting {name}.");

    /// <summary>Parameter name to whether it is required (declared without a default value).</summary>
    private static Dictionary<string, bool> BicepParameters(string bicep) =>
        ParameterDeclaration().Matches(bicep).ToDictionary(m => m.Groups["name"].Value, m => !m.Groups["default"].Success);

    [GeneratedRegex(@"^param\s+(?<name>\w+)\s+\w+(?<default>\s*=.*)?$", RegexOptions.Multiline)]
    private static partial Regex ParameterDeclaration();
}
