namespace PostApprovalBot.Deployment.Tests.Slack;

[Trait("Category", "Deployment")]
public sealed class SlackAppManifestTests
{
    private readonly SlackAppManifest _manifest = SlackAppManifest.Load();

    [Fact]
    public void Slash_command_is_post_and_is_sent_to_the_commands_route()
    {
        var command = Assert.Single(_manifest.Records("features", "slash_commands"));

        Assert.Equal(HostRoutes.SlackSlashCommand, command["command"]);
        Assert.Equal(Endpoint(HostRoutes.SlackCommands), command["url"]);
        Assert.False(string.IsNullOrWhiteSpace(command["usage_hint"]));
    }

    [Fact]
    public void Events_are_sent_to_the_events_route()
    {
        Assert.Equal(Endpoint(HostRoutes.SlackEvents), _manifest.Scalar("settings", "event_subscriptions", "request_url"));
    }

    [Fact]
    public void Interactivity_is_enabled_and_sent_to_the_interactions_route()
    {
        Assert.Equal("true", _manifest.Scalar("settings", "interactivity", "is_enabled"));
        Assert.Equal(Endpoint(HostRoutes.SlackInteractions), _manifest.Scalar("settings", "interactivity", "request_url"));
    }

    [Fact]
    public void Every_url_in_the_manifest_is_a_route_the_host_serves_over_https()
    {
        var urls = _manifest.Urls();

        Assert.NotEmpty(urls);
        Assert.All(urls, url =>
        {
            Assert.Equal(Uri.UriSchemeHttps, url.Scheme);
            Assert.Equal(SlackAppManifest.SampleHost, url.Host);
            Assert.Contains(url.AbsolutePath, HostRoutes.All);
        });
    }

    [Fact]
    public void Bot_asks_for_exactly_the_scopes_the_protocol_needs()
    {
        Assert.Equal(
            ["app_mentions:read", "chat:write", "commands", "im:history", "im:write", "users:read", "users:read.email"],
            _manifest.List("oauth_config", "scopes", "bot").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bot_subscribes_to_home_opened_direct_messages_and_mentions()
    {
        Assert.Equal(
            ["app_home_opened", "app_mention", "message.im"],
            _manifest.List("settings", "event_subscriptions", "bot_events").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void App_home_shows_both_the_home_and_messages_tabs()
    {
        Assert.Equal("true", _manifest.Scalar("features", "app_home", "home_tab_enabled"));
        Assert.Equal("true", _manifest.Scalar("features", "app_home", "messages_tab_enabled"));
        Assert.Equal("false", _manifest.Scalar("features", "app_home", "messages_tab_read_only_enabled"));
    }

    private static string Endpoint(string route) => $"https://{SlackAppManifest.SampleHost}{route}";
}
