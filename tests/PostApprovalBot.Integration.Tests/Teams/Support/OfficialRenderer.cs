using System.Diagnostics;
using System.Text.Json;

namespace PostApprovalBot.Integration.Tests.Teams.Support;

/// <summary>
/// The card-renderer harness (tests/card-renderer/render-cards.mjs: the official adaptivecards renderer in headless Chromium) run over
/// every card a flow produced. Missing tools fail with the install command: an unrendered card is an untested card.
/// </summary>
public static class OfficialRenderer
{
    public static void AssertEveryCardRenders(string flow, IEnumerable<JsonObject> cards)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "teams-flow-cards", flow);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var json = Directory.CreateDirectory(Path.Combine(folder, "json")).FullName;
        var distinct = cards.Select(c => c.ToJsonString()).Distinct().ToList();
        Assert.NotEmpty(distinct);
        for (var i = 0; i < distinct.Count; i++) File.WriteAllText(Path.Combine(json, $"card-{i:D3}.json"), distinct[i]);

        foreach (var result in Run(json, Path.Combine(folder, "png")))
        {
            var card = File.ReadAllText(Path.Combine(json, result.Name + ".json"));
            Assert.True(result.ParseEvents.Count == 0, $"{flow}/{result.Name} parse events: {string.Join("; ", result.ParseEvents)}\n{card}");
            Assert.True(result.ValidationEvents.Count == 0, $"{flow}/{result.Name} validation events: {string.Join("; ", result.ValidationEvents)}\n{card}");
            Assert.True(result.Rendered, $"{flow}/{result.Name} rendered nothing:\n{card}");
        }
    }

    private static List<RenderResult> Run(string cards, string screenshots)
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), $"Chromium is missing at {chromium}: run 'apt-get install -y chromium' (or set CHROMIUM_PATH).");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(RepositoryRoot.Path, "tests", "card-renderer", "render-cards.mjs"), cards, screenshots },
        };
        start.Environment["CHROMIUM_PATH"] = chromium;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start: install Node.js 20.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The card renderer did not finish within 3 minutes.");
        }

        Assert.True(process.ExitCode == 0, $"The card renderer failed (exit {process.ExitCode}); run 'npm ci' at the repository root. {stderr.Result}");
        return JsonSerializer.Deserialize<List<RenderResult>>(stdout.Result, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private sealed record RenderResult(string Name, IReadOnlyList<string> ParseEvents, IReadOnlyList<string> ValidationEvents, bool Rendered, string Screenshot);
}
