using System.Diagnostics;
using System.Text.Json;

namespace PostApprovalBot.Teams.Tests.Support;

/// <summary>
/// Runs tests/card-renderer/render-cards.mjs (official adaptivecards renderer in headless Chromium) over a folder of cards.
/// Missing tools are a failure with the install command, never a skip: an unrendered card is an untested card.
/// </summary>
internal static class CardRenderer
{
    public static IReadOnlyList<RenderedCard> Render(string cardsFolder, string screenshotsFolder)
    {
        var root = RepositoryRoot();
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        Require(File.Exists(chromium), $"Chromium is missing at {chromium}: run 'apt-get install -y chromium' (or set CHROMIUM_PATH).");
        Require(Directory.Exists(Path.Combine(root, "node_modules", "adaptivecards")) && Directory.Exists(Path.Combine(root, "node_modules", "playwright-core")),
            $"node_modules/adaptivecards or node_modules/playwright-core is missing: run 'npm ci' in {root}.");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(root, "tests", "card-renderer", "render-cards.mjs"));
        start.ArgumentList.Add(cardsFolder);
        start.ArgumentList.Add(screenshotsFolder);
        start.Environment["CHROMIUM_PATH"] = chromium;

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("Node.js is missing: install Node 20 ('apt-get install -y nodejs' or the project's toolchain).", ex);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException("The card renderer did not finish within 3 minutes.");
            }

            Require(process.ExitCode == 0, $"The card renderer failed (exit {process.ExitCode}): {stderr.Result}");
            return JsonSerializer.Deserialize<List<RenderedCard>>(stdout.Result, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "package.json")) && Directory.Exists(Path.Combine(folder.FullName, "tests", "card-renderer")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (package.json beside tests/card-renderer) was not found above " + AppContext.BaseDirectory);
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
