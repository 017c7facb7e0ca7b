using System.Diagnostics;

namespace PostApprovalBot.Integration.Tests.Audit;

/// <summary>The CLI as an auditor runs it: the built program, its output and its exit code.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Audit")]
public sealed class AuditCliTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Verify_exits_0_and_prints_the_ledger_head_when_the_history_is_intact()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        await world.ApprovedDraftAsync();

        var (code, output, _) = await RunAsync(world, "verify", "--from", $"{world.Today:yyyy-MM-dd}", "--to", $"{world.Today:yyyy-MM-dd}");

        Assert.Equal(0, code);
        Assert.StartsWith("INTACT: 8 audit events and 8 ledger entries checked.", output);
        Assert.Contains($"Ledger {world.Today:yyyy-MM-dd}: 8 entries, head ", output);
    }

    [Fact]
    public async Task Verify_exits_1_and_names_the_tampered_event()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        var id = await world.ApprovedDraftAsync();
        var row = await world.RowAsync(world.DraftsTable, id, "aud-00000005");
        row["ActorName"] = "Mallory";
        await world.ReplaceAsync(world.DraftsTable, row);

        var (code, output, _) = await RunAsync(world, "verify", "--draft", id.ToLowerInvariant());

        Assert.Equal(1, code);
        Assert.Contains("First broken link: Event 5 (draft.decision", output);
        Assert.Contains($"  partition: {id}", output);
        Assert.Contains("  row:       aud-00000005", output);
        Assert.Contains("  kind:      HashMismatch", output);
    }

    [Fact]
    public async Task Export_writes_the_file_the_auditor_asked_for()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        var id = await world.ApprovedDraftAsync();
        var path = Path.Combine(Path.GetTempPath(), $"audit-{Guid.NewGuid():N}.csv");
        try
        {
            var (code, output, _) = await RunAsync(world, "export", "--from", $"{world.Today:yyyy-MM-dd}", "--to", $"{world.Today:yyyy-MM-dd}", "--format", "csv", "--out", path);

            Assert.Equal(0, code);
            Assert.StartsWith("Wrote ", output);
            Assert.Contains($"\r\ndraft,{id},", await File.ReadAllTextAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Export_with_an_action_keeps_the_drafts_with_such_an_event()
    {
        var world = await AuditWorld.CreateAsync(azurite);
        var approved = await world.ApprovedDraftAsync();
        var waiting = (await world.World.Service.SubmitAsync(StorageWorld.Spokesperson, StorageWorld.AccountId, Core.Drafts.DraftContent.TextOnly("Still in review."), default)).Value.Overview.Draft.Id;
        var day = $"{world.Today:yyyy-MM-dd}";

        var (code, output, _) = await RunAsync(world, "export", "--from", day, "--to", day, "--format", "csv", "--action", Core.Audit.AuditActions.DraftApproved);

        Assert.Equal(0, code);
        Assert.Contains($"\r\ndraft,{approved},", output);
        Assert.DoesNotContain(waiting, output);
    }

    [Theory]
    [InlineData("verify")]
    [InlineData("verify", "--from", "2026-13-01", "--to", "2026-12-01")]
    [InlineData("export", "--from", "2026-11-01", "--to", "2026-11-02", "--format", "xml")]
    [InlineData("shred", "--from", "2026-11-01")]
    public async Task Wrong_usage_exits_2_with_the_usage(params string[] args)
    {
        var world = await AuditWorld.CreateAsync(azurite);

        var (code, _, errors) = await RunAsync(world, args);

        Assert.Equal(2, code);
        Assert.Contains("Usage:", errors);
    }

    [Fact]
    public async Task Verifying_a_draft_that_does_not_exist_exits_2()
    {
        var world = await AuditWorld.CreateAsync(azurite);

        var (code, _, errors) = await RunAsync(world, "verify", "--draft", "P-NONE22");

        Assert.Equal(2, code);
        Assert.Contains("There is no draft P-NONE22", errors);
    }

    private async Task<(int Code, string Output, string Errors)> RunAsync(AuditWorld world, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(CliPath());
        foreach (var arg in args) info.ArgumentList.Add(arg);
        // Through the host's variables, as an operator on the app's machine would.
        info.Environment["Storage__ConnectionString"] = azurite.ConnectionString;
        info.Environment["Storage__TablePrefix"] = world.TablePrefix;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    // The project reference builds the CLI with these tests, in the same configuration (the Release or Debug folder they run from).
    private static string CliPath()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(RepositoryRoot.Path, "src", "PostApprovalBot.AuditCli", "bin", configuration, "net10.0", "PostApprovalBot.AuditCli.dll");
        return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: build this test project (it builds the CLI) or the solution in {configuration} first.");
    }
}
