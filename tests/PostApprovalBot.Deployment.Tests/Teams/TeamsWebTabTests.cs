using System.Text.Json;

namespace PostApprovalBot.Deployment.Tests.Teams;

/// <summary>The packaged manifest opens the host's web view as a personal tab signed in with Teams SSO.</summary>
[Trait("Category", "Deployment")]
public sealed class TeamsWebTabTests(TeamsAppPackage package) : IClassFixture<TeamsAppPackage>
{
    [Fact]
    public void Drafts_tab_opens_the_host_teams_page_over_https_in_personal_scope()
    {
        var tab = StaticTab("drafts");

        Assert.Equal("Drafts", tab.GetProperty("name").GetString());
        Assert.Equal(Endpoint(HostRoutes.WebTeamsTab), tab.GetProperty("contentUrl").GetString());
        Assert.Equal(Endpoint(HostRoutes.WebDrafts), tab.GetProperty("websiteUrl").GetString());
        Assert.Equal(["personal"], tab.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void Bot_chat_stays_a_tab_of_the_personal_app()
    {
        // "conversations" is the entity id Teams reserves for the bot's chat; listing it keeps the chat beside the tab.
        var chat = StaticTab("conversations");

        Assert.Equal(["personal"], chat.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.False(chat.TryGetProperty("contentUrl", out _));
    }

    [Fact]
    public void Teams_sso_asks_for_a_token_for_the_bot_app_registration_on_the_host()
    {
        using var manifest = JsonDocument.Parse(package.ManifestText);
        var sso = manifest.RootElement.GetProperty("webApplicationInfo");
        var botId = manifest.RootElement.GetProperty("bots")[0].GetProperty("botId").GetString();

        Assert.Equal(TeamsAppPackage.SampleAppId, sso.GetProperty("id").GetString());
        Assert.Equal(botId, sso.GetProperty("id").GetString());
        Assert.Equal($"api://{TeamsAppPackage.SampleHost}/{TeamsAppPackage.SampleAppId}", sso.GetProperty("resource").GetString());
    }

    [Fact]
    public void Every_tab_url_is_on_a_valid_domain()
    {
        using var manifest = JsonDocument.Parse(package.ManifestText);
        var domains = manifest.RootElement.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()).ToList();
        var urls = manifest.RootElement.GetProperty("staticTabs").EnumerateArray()
            .SelectMany(tab => tab.EnumerateObject().Where(p => p.Name.EndsWith("Url", StringComparison.Ordinal)))
            .Select(p => new Uri(p.Value.GetString()!))
            .ToList();

        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.Contains(url.Host, domains));
    }

    private JsonElement StaticTab(string entityId)
    {
        using var manifest = JsonDocument.Parse(package.ManifestText);
        return manifest.RootElement.GetProperty("staticTabs").EnumerateArray()
            .Single(tab => tab.GetProperty("entityId").GetString() == entityId)
            .Clone();
    }

    private static string Endpoint(string route) => $"https://{TeamsAppPackage.SampleHost}{route}";
}
