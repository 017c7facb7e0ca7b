using System.Diagnostics;

namespace PostApprovalBot.Deployment.Tests.Support;

/// <summary>The outcome of one run of a repository script: exit code and everything it printed.</summary>
internal sealed record ScriptRun(int ExitCode, string Output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>Runs <c>bash scripts/...</c> from the repository root, as a person or CI would.</summary>
    public static ScriptRun Bash(string script, params string[] arguments) => Run("bash", [script, .. arguments]);

    /// <summary>Runs a program from the repository root.</summary>
    public static ScriptRun Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = RepositoryFiles.RootFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} ran longer than {Limit}.");
        }

        return new ScriptRun(process.ExitCode, stdout.Result + stderr.Result);
    }
}
