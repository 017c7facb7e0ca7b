namespace PostApprovalBot.Deployment.Tests.Support;

/// <summary>Finds files of the checkout the tests run from, whatever the test runner's working folder.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RootFolder => Root.Value;

    public static string PathOf(params string[] parts) => Path.Combine([Root.Value, .. parts]);

    public static string ReadText(params string[] parts) => File.ReadAllText(PathOf(parts));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PostApprovalBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No PostApprovalBot.sln above {AppContext.BaseDirectory}.");
    }
}
