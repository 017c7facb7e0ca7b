using System.Diagnostics;
using System.Globalization;

namespace PostApprovalBot.Browser.Tests.Infrastructure;

/// <summary>
/// One Microsoft 365 Agents Playground (the pinned npm package) signed in as the person of one persona file, sending to the bot;
/// its mock Bot Connector (the activities' serviceUrl) is on the same port. Started in a scratch folder because it writes devTools/ there.
/// </summary>
public sealed class PlaygroundServer : IAsyncDisposable
{
    private const string Listening = "Listening on ";
    private readonly ChildProcess process;
    private readonly string scratch;

    private PlaygroundServer(ChildProcess process, string scratch, Uri url)
    {
        this.process = process;
        this.scratch = scratch;
        Url = url;
    }

    public Uri Url { get; }

    public string Tail() => process.Tail();

    /// <summary>
    /// Starts it and waits until it serves its page. A persona file that breaks the Playground's schema makes it print "Listening on"
    /// and exit 1 without a word: that is reported here, with the file's name, instead of a page that never loads.
    /// </summary>
    public static async Task<PlaygroundServer> StartAsync(string personaFile, Uri botMessagesUrl, string logFolder)
    {
        ArgumentNullException.ThrowIfNull(botMessagesUrl);
        var name = Path.GetFileNameWithoutExtension(personaFile);
        var scratch = Directory.CreateTempSubdirectory("playground-" + name + "-").FullName;
        var info = new ProcessStartInfo(RepositoryRoot.NodeBin("agentsplayground"))
        {
            // It falls back to a random port when the one asked for is taken: the port it prints is the one used.
            ArgumentList = { "start", "-e", botMessagesUrl.ToString(), "-c", "msteams", "-p", LoopbackPorts.Free().ToString(CultureInfo.InvariantCulture), "--dt" },
            WorkingDirectory = scratch,
        };
        info.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = personaFile;
        info.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        var process = ChildProcess.Start($"the Playground of {name}", info, Path.Combine(logFolder, $"playground-{name}.log"));
        try
        {
            var line = await process.WaitForLineAsync(l => l.StartsWith(Listening, StringComparison.Ordinal), TimeSpan.FromSeconds(60)).ConfigureAwait(false);
            var url = new Uri($"http://127.0.0.1:{int.Parse(line[Listening.Length..].Trim(), CultureInfo.InvariantCulture)}/");
            await WaitForPageAsync(process, url, personaFile).ConfigureAwait(false);
            return new PlaygroundServer(process, scratch, url);
        }
        catch
        {
            await process.DisposeAsync().ConfigureAwait(false);
            Directory.Delete(scratch, recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await process.DisposeAsync().ConfigureAwait(false);
        Directory.Delete(scratch, recursive: true);
    }

    private static async Task WaitForPageAsync(ChildProcess process, Uri url, string personaFile)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The Playground exited right after it started: {personaFile} probably breaks its schema (version \"0.1.1\", every field, at least five users).{process.Tail()}");
            }

            try
            {
                using var page = await http.GetAsync(url).ConfigureAwait(false);
                if (page.IsSuccessStatusCode && !process.HasExited)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not serving yet.
            }

            await Task.Delay(200).ConfigureAwait(false);
        }

        throw new TimeoutException($"The Playground for {personaFile} did not serve {url} within 60 s.{process.Tail()}");
    }
}
