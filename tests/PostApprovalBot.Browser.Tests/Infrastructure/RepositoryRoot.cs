using System.Reflection;

namespace PostApprovalBot.Browser.Tests.Infrastructure;

/// <summary>The checkout's root (where PostApprovalBot.sln, package.json and node_modules live), found from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>A tool of the pinned npm packages, started from its own binary so that the process we kill is the tool itself.</summary>
    public static string NodeBin(string tool)
    {
        var path = System.IO.Path.Combine(Path, "node_modules", ".bin", tool);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} is missing. Run 'npm ci' at the repository root (scripts/test.sh does).");
    }

    /// <summary>The folder the bot runs from (its content root, as in scripts/run.sh) and its dll, built in the configuration of these tests.</summary>
    public static (string ContentRoot, string Dll) Host()
    {
        var configuration = typeof(RepositoryRoot).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var contentRoot = System.IO.Path.Combine(Path, "src", "PostApprovalBot.Host");
        var dll = System.IO.Path.Combine(contentRoot, "bin", configuration, "net10.0", "PostApprovalBot.Host.dll");
        return File.Exists(dll)
            ? (contentRoot, dll)
            : throw new InvalidOperationException($"{dll} is missing: build the solution (or this test project) in {configuration} first.");
    }

    /// <summary>Where test artifacts go: <c>artifacts/</c> at the root (git-ignored, next to the TRX reports of scripts/test.sh).</summary>
    public static string Artifacts(params string[] parts) =>
        Directory.CreateDirectory(System.IO.Path.Combine([Path, "artifacts", .. parts])).FullName;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PostApprovalBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find PostApprovalBot.sln above " + AppContext.BaseDirectory);
    }
}
