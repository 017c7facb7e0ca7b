using PostApprovalBot.Core.Audit.Export;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Core.People;
using PostApprovalBot.Storage.Audit;
using PostApprovalBot.Storage.Drafts;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.AuditCli;

/// <summary>
/// The commands. Exit codes: 0 = done and intact, 1 = verification found a broken link,
/// 2 = wrong usage, nothing to verify, or storage unreachable.
/// </summary>
public static class AuditCommand
{
    public const int Intact = 0;
    public const int Broken = 1;
    public const int Failed = 2;

    public const string Usage = """
        Usage:
          PostApprovalBot.AuditCli verify --from yyyy-MM-dd --to yyyy-MM-dd
          PostApprovalBot.AuditCli verify --draft P-XXXXXX
          PostApprovalBot.AuditCli export --from yyyy-MM-dd --to yyyy-MM-dd [--account ID] [--person E-MAIL] [--action ACTION] [--format json|csv] [--out FILE]
          PostApprovalBot.AuditCli repair [--grace-minutes N]
        Storage: --connection-string S | --table-endpoint URL (signs in with DefaultAzureCredential), [--table-prefix P];
                 or the host's variables Storage__ConnectionString, Storage__TableEndpoint, Storage__TablePrefix.
        Days are UTC and inclusive. Exit codes: 0 intact/done, 1 broken link found, 2 usage or storage error.
        """;

    public static async Task<int> RunAsync(string[] args, Func<string, string?> environment, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var parsed = CliArguments.Parse(args, out var usageError);
        if (parsed is null) return Fail(errors, usageError!);
        var options = StorageConnection.From(parsed, environment, out var storageError);
        if (options is null) return Fail(errors, storageError!);
        var storage = new TableStorage(options);
        var archive = new AuditArchiveReader(storage);
        try
        {
            return parsed.Command switch
            {
                "verify" => await VerifyAsync(parsed, archive, output, errors, cancellationToken),
                "export" => await ExportAsync(parsed, archive, DraftRepository.On(storage, TimeProvider.System), output, errors, cancellationToken),
                "repair" => await RepairAsync(parsed, storage, archive, output, errors, cancellationToken),
                _ => Fail(errors, $"Unknown command '{parsed.Command}'."),
            };
        }
        catch (Azure.RequestFailedException e)
        {
            await errors.WriteLineAsync($"Storage failed: {e.Status} {e.ErrorCode ?? e.Message.Split('\n')[0]}");
            return Failed;
        }
    }

    private static async Task<int> VerifyAsync(CliArguments args, AuditArchiveReader archive, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var verifier = new AuditVerifier(archive);
        AuditVerification? result;
        if (args.Get("draft") is { } draftId)
        {
            result = await verifier.VerifyDraftAsync(draftId.Trim().ToUpperInvariant(), cancellationToken);
            if (result is null) return Fail(errors, $"There is no draft {draftId} (no audit events, no draft row).");
        }
        else
        {
            if (!args.TryGetDay("from", out var from, out var error) || !args.TryGetDay("to", out var to, out error)) return Fail(errors, error!);
            if (to < from) return Fail(errors, "--to is before --from.");
            result = await verifier.VerifyRangeAsync(from, to, cancellationToken);
        }
        await VerificationReport.WriteAsync(result, output);
        return result.IsIntact ? Intact : Broken;
    }

    private static async Task<int> ExportAsync(CliArguments args, AuditArchiveReader archive, DraftRepository drafts, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        if (!args.TryGetDay("from", out var from, out var error) || !args.TryGetDay("to", out var to, out error)) return Fail(errors, error!);
        if (to < from) return Fail(errors, "--to is before --from.");
        PersonId? person = null;
        if (args.Get("person") is { } email)
        {
            if (!PersonId.TryFromEmail(email, out var id)) return Fail(errors, $"--person '{email}' is not an e-mail address.");
            person = id;
        }
        var format = (args.Get("format") ?? "json").ToLowerInvariant() switch
        {
            "json" => ExportFormat.Json,
            "csv" => ExportFormat.Csv,
            _ => (ExportFormat?)null,
        };
        if (format is null) return Fail(errors, "--format must be json or csv.");
        var exporter = new AuditExporter(archive, drafts, TimeProvider.System);
        var file = await exporter.ExportFileAsync(new AuditExportRequest(from, to, args.Get("account"), person, args.Get("action")), format.Value, cancellationToken);
        if (args.Get("out") is { } path)
        {
            await File.WriteAllBytesAsync(path, file.Content, cancellationToken);
            await output.WriteLineAsync($"Wrote {file.Content.Length} bytes to {path}.");
        }
        else
        {
            await output.WriteAsync(System.Text.Encoding.UTF8.GetString(file.Content));
        }
        return Intact;
    }

    private static async Task<int> RepairAsync(CliArguments args, TableStorage storage, AuditArchiveReader archive, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var minutes = 2;
        if (args.Get("grace-minutes") is { } text && (!int.TryParse(text, out minutes) || minutes < 0))
            return Fail(errors, "--grace-minutes must be a whole number of minutes, 0 or more.");
        var added = await new LedgerRepair(storage, archive, TimeProvider.System).RunAsync(TimeSpan.FromMinutes(minutes), cancellationToken);
        await output.WriteLineAsync($"Ledger repair recorded {added} event(s).");
        return Intact;
    }

    private static int Fail(TextWriter errors, string message)
    {
        errors.WriteLine(message);
        errors.WriteLine();
        errors.WriteLine(Usage);
        return Failed;
    }
}
