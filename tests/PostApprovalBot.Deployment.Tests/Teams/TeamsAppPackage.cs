using System.IO.Compression;
using PostApprovalBot.Deployment.Tests.Support;

namespace PostApprovalBot.Deployment.Tests.Teams;

/// <summary>
/// The app package exactly as an operator builds it (scripts/package-teams-app.sh with sample values),
/// built once per test class into a scratch folder and read back from the zip.
/// </summary>
public sealed class TeamsAppPackage : IDisposable
{
    public const string SampleAppId = "0b6d3e42-8f1c-4a7e-9d25-3c4f5a6b7c8d";
    public const string SampleHost = "app-sample.azurewebsites.net";

    private readonly ScratchFolder _folder = new();

    public TeamsAppPackage()
    {
        ZipPath = Path.Combine(_folder.Path, "appPackage.zip");
        var run = ScriptRun.Bash("scripts/package-teams-app.sh", SampleAppId, SampleHost, ZipPath);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"package-teams-app.sh failed ({run.ExitCode}):\n{run.Output}");
        }

        using var zip = ZipFile.OpenRead(ZipPath);
        EntryNames = zip.Entries.Select(e => e.FullName).ToArray();
        Entries = zip.Entries.ToDictionary(e => e.FullName, Read);
    }

    public string ZipPath { get; }

    public IReadOnlyList<string> EntryNames { get; }

    public IReadOnlyDictionary<string, byte[]> Entries { get; }

    public string ManifestText => System.Text.Encoding.UTF8.GetString(Entries["manifest.json"]);

    public void Dispose() => _folder.Dispose();

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
