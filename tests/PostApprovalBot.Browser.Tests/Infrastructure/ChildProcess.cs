using System.Diagnostics;

namespace PostApprovalBot.Browser.Tests.Infrastructure;

/// <summary>
/// A program the tests started (Azurite, the bot, a Playground): its output goes to a log file and is kept for waiting on lines,
/// and disposing kills it with its children, so no process and no port outlives the test run.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<string> lines = [];
    private readonly StreamWriter log;

    private ChildProcess(string name, Process process, string logPath)
    {
        Name = name;
        this.process = process;
        LogPath = logPath;
        log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    public string LogPath { get; }

    public bool HasExited => process.HasExited;

    public static ChildProcess Start(string name, ProcessStartInfo info, string logPath)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{name} did not start ({info.FileName}).");
        return new ChildProcess(name, process, logPath);
    }

    /// <summary>The first output line that matches, waiting for it; fails with the log's end when the program exits or takes too long.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(match);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            // Once it has exited, wait for the rest of its output before the last look: the lines arrive after the exit.
            var exited = process.HasExited;
            if (exited)
            {
                process.WaitForExit();
            }

            if (Find(match) is { } line)
            {
                return line;
            }

            if (exited)
            {
                throw new InvalidOperationException($"{Name} exited with code {process.ExitCode} before it was ready.{Tail()}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{Name} was not ready within {timeout.TotalSeconds:0} s.{Tail()}");
            }

            await Task.Delay(100).ConfigureAwait(false);
        }
    }

    private string? Find(Func<string, bool> match)
    {
        lock (lines)
        {
            return lines.FirstOrDefault(match);
        }
    }

    /// <summary>The last lines of output, for failure messages.</summary>
    public string Tail(int count = 30)
    {
        lock (lines)
        {
            return $"{Environment.NewLine}--- last output of {Name} ({LogPath}) ---{Environment.NewLine}"
                + string.Join(Environment.NewLine, lines.TakeLast(count));
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15)).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
        finally
        {
            process.Dispose();
            lock (lines)
            {
                log.Dispose();
            }
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Add(line);
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // Output that arrives while the process is being killed.
            }
        }
    }
}
