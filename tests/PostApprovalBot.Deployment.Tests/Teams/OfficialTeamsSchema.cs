using System.Text.RegularExpressions;
using PostApprovalBot.Deployment.Tests.Support;

namespace PostApprovalBot.Deployment.Tests.Teams;

/// <summary>
/// The Teams manifest JSON schemas Microsoft ships in npm @microsoft/app-manifest (installed by
/// `npm ci` from package.json), so validation works offline and follows that pinned package.
/// </summary>
internal static partial class OfficialTeamsSchema
{
    public static string Folder => RepositoryFiles.PathOf(
        "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams");

    /// <summary>The highest released version (v1.N), ignoring devPreview.</summary>
    public static Version Newest()
    {
        if (!Directory.Exists(Folder))
        {
            throw new InvalidOperationException($"{Folder} is missing: run `npm ci` at the repository root first.");
        }

        return Directory.GetDirectories(Folder)
            .Select(Path.GetFileName)
            .Select(name => ReleasedVersion().Match(name ?? string.Empty))
            .Where(match => match.Success)
            .Select(match => new Version(1, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .Max() ?? throw new InvalidOperationException($"No v1.N schema under {Folder}.");
    }

    public static string SchemaFile(Version version) =>
        Path.Combine(Folder, $"v{version.Major}.{version.Minor}", "MicrosoftTeams.schema.json");

    [GeneratedRegex(@"^v1\.(\d+)$")]
    private static partial Regex ReleasedVersion();
}
