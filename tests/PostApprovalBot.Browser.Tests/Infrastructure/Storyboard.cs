using System.Text.RegularExpressions;

namespace PostApprovalBot.Browser.Tests.Infrastructure;

/// <summary>
/// The steps of one browser test, each saved as a screenshot of the window it happened in (artifacts/screenshots/&lt;test&gt;/NN-person-step.png).
/// A failed step saves that window's screenshot and its Playground log panel, and says where they are and what the bot logged.
/// </summary>
public sealed partial class Storyboard(string testName, Func<string> botLog)
{
    private int steps;

    public string Folder { get; } = Prepare(testName);

    public async Task StepAsync(PersonaWindow window, string step, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(action);
        var name = Path.Combine(Folder, $"{++steps:00}-{window.Persona.FirstName.ToLowerInvariant()}-{Slug(step)}");
        try
        {
            await action();
        }
        catch (Exception ex)
        {
            await window.ScreenshotAsync(name + "-FAILED.png");
            await File.WriteAllTextAsync(name + "-FAILED-log-panel.txt", await window.LogPanelTextAsync());
            throw new BrowserStepFailedException(
                $"Step {steps} '{step}' failed in {window.Persona.Name}'s Playground: {ex.Message}{Environment.NewLine}"
                + $"Screenshot and log panel: {name}-FAILED.png, {name}-FAILED-log-panel.txt{botLog()}", ex);
        }

        await window.ScreenshotAsync(name + ".png");
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
