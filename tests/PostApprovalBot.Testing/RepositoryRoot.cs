namespace PostApprovalBot.Testing;

/// <summary>Finds the checkout's root (where package.json and node_modules live) from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string NodeBin(string tool)
    {
        var path = System.IO.Path.Combine(Path, "node_modules", ".bin", tool);
        if (!File.Exists(path))
            throw new InvalidOperationException($"{path} is missing. Run 'npm ci' at the repository root (the README's test command does).");
        return path;
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PostApprovalBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("Could not find PostApprovalBot.sln above " + AppContext.BaseDirectory);
    }
}
