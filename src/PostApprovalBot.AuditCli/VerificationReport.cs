using PostApprovalBot.Core.Audit.Verification;

namespace PostApprovalBot.AuditCli;

/// <summary>What verify prints: the verdict first, then the first broken link in full, then the ledger heads to keep.</summary>
public static class VerificationReport
{
    private const int MaxListed = 20;

    public static async Task WriteAsync(AuditVerification result, TextWriter output)
    {
        if (result.IsIntact)
            await output.WriteLineAsync($"INTACT: {result.EventsChecked} audit events and {result.LedgerEntriesChecked} ledger entries checked.");
        else
        {
            var first = result.FirstBreak!;
            await output.WriteLineAsync($"BROKEN: {result.Breaks.Count} broken link(s); {result.EventsChecked} audit events and {result.LedgerEntriesChecked} ledger entries checked.");
            await output.WriteLineAsync($"First broken link: {first.Message}");
            await output.WriteLineAsync($"  kind:      {first.Kind}");
            await output.WriteLineAsync($"  table:     {first.Table}");
            await output.WriteLineAsync($"  partition: {first.Partition}");
            await output.WriteLineAsync($"  row:       {first.RowKey ?? "-"}");
            await output.WriteLineAsync($"  sequence:  {first.Sequence?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
            await output.WriteLineAsync($"  field:     {first.Field}");
            await output.WriteLineAsync($"  expected:  {first.Expected ?? "-"}");
            await output.WriteLineAsync($"  found:     {first.Found ?? "-"}");
            foreach (var other in result.Breaks.Skip(1).Take(MaxListed)) await output.WriteLineAsync($"Also: {other}");
            if (result.Breaks.Count > MaxListed + 1) await output.WriteLineAsync($"… and {result.Breaks.Count - MaxListed - 1} more.");
        }
        foreach (var day in result.Days)
            await output.WriteLineAsync($"Ledger {day.Day:yyyy-MM-dd}: {day.Entries} entries, head {day.HeadHash}");
    }
}
