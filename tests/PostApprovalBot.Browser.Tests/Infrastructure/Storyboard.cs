using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PostApprovalBot.Browser.Tests.Infrastructure;

/// <summary>
/// The steps of one browser test, each saved as a screenshot of the window it happened in (artifacts/screenshots/&lt;test&gt;/NN-person-step.png).
/// A failed step saves the screenshot and what explains it (the Playground's log panel, or the page), and says where they are and what the bot logged.
/// </summary>
public sealed partial class Storyboard(string testName, Func<string> botLog)
{
    private int steps;

    public string Folder { get; } = Prepare(testName);

    public Task StepAsync(PersonaWindow window, string step, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(window);
        return StepAsync(window.Persona.FirstName, $"{window.Persona.Name}'s Playground", window.Page, step, action,
            async name => await SaveAsync(name + "-FAILED-log-panel.txt", await window.LogPanelTextAsync()));
    }

    /// <summary>A step in a plain page (the web view) of <paramref name="who"/>; a failed step also saves the page's HTML.</summary>
    public Task StepAsync(string who, IPage page, string step, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(page);
        return StepAsync(who, $"{who}'s browser", page, step, action, async name => await SaveAsync(name + "-FAILED-page.html", await page.ContentAsync()));
    }

    private async Task StepAsync(string who, string where, IPage page, string step, Func<Task> action, Func<string, Task<string>> saveEvidence)
    {
        ArgumentNullException.ThrowIfNull(action);
        var name = Path.Combine(Folder, $"{++steps:00}-{who.ToLowerInvariant()}-{Slug(step)}");
        try
        {
            await action();
        }
        catch (Exception ex)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = name + "-FAILED.png" });
            var evidence = await saveEvidence(name);
            throw new BrowserStepFailedException(
                $"Step {steps} '{step}' failed in {where}: {ex.Message}{Environment.NewLine}"
                + $"Screenshot and evidence: {name}-FAILED.png, {evidence}{botLog()}", ex);
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = name + ".png" });
    }

    private static async Task<string> SaveAsync(string path, string text)
    {
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    private static string Prepare(string testName)
    {
        var folder = Path.Combine(RepositoryRoot.Artifacts("screenshots"), testName);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Directory.CreateDirectory(folder).FullName;
    }

    private static string Slug(string step) => NotSlug().Replace(step.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();
}
