using System.Text.Json;

namespace PostApprovalBot.Integration.Tests.Host;

[Collection(AzuriteCollection.Name)]
[Trait("Category", "Host")]
public sealed class HealthTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Healthz_is_200_when_storage_answers()
    {
        await using var bot = BotFactory.OnAzurite(azurite);
        using var client = bot.CreateClient();

        // The tables are created in the background at startup; health turns green once they exist.
        var response = await client.GetAsync("/healthz");
        for (var i = 0; i < 50 && response.StatusCode != HttpStatusCode.OK; i++)
        {
            await Task.Delay(200);
            response = await client.GetAsync("/healthz");
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Healthz_is_503_with_a_reason_when_storage_is_unreachable()
    {
        var closedPort = AzuriteServer.FreePort();
        var deadStorage = azurite.ConnectionString.Replace($":{azurite.Server.Port}/", $":{closedPort}/", StringComparison.Ordinal);
        await using var bot = BotFactory.OnAzurite(azurite, ("Storage:ConnectionString", deadStorage));
        using var client = bot.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("unhealthy", body.RootElement.GetProperty("status").GetString());
        Assert.Contains("Table storage", body.RootElement.GetProperty("storage").GetString());
    }

    [Fact]
    public void Startup_stops_with_a_message_naming_the_missing_storage_setting()
    {
        // Under a loaded parallel run the failed host is sometimes torn down before its first error surfaces
        // (ObjectDisposedException); the validation message is what matters, so startup is tried a few times.
        var errors = new List<Exception>();
        for (var attempt = 0; attempt < 3 && !errors.Any(e => e.ToString().Contains("Storage:ConnectionString")); attempt++)
        {
            using var bot = new BotFactory(new Dictionary<string, string?> { ["Storage:ConnectionString"] = "", ["Storage:TableEndpoint"] = "" });
            errors.Add(Record.Exception(() => bot.CreateClient()) ?? new InvalidOperationException("The host started without storage settings."));
        }

        Assert.Contains(errors, e => e.ToString().Contains("Storage:ConnectionString"));
    }
}
