using System.Diagnostics;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Integration.Tests.Infrastructure;
using PostApprovalBot.Integration.Tests.Slack;
using static PostApprovalBot.Integration.Tests.Slack.SlackCompany;

namespace PostApprovalBot.Integration.Tests.Telemetry;

/// <summary>
/// Logs leave the company's tables for a monitoring workspace with other readers and another retention: what the host
/// exports through OpenTelemetry names people by pseudonym only and never carries a draft's text, even when a command
/// about that draft fails and is logged with its exception.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Security")]
public sealed class LogPrivacyTests(AzuriteFixture azurite)
{
    private const string SecretPost = "Unannounced: we close the Lyon office in March";

    [Fact]
    public async Task Exported_logs_name_people_by_pseudonym_and_never_carry_the_draft_text()
    {
        var exported = new ExportedLogs();
        await using var bot = await SlackBot.StartAsync(azurite, services =>
        {
            services.ConfigureOpenTelemetryLoggerProvider(logging => logging.AddProcessor(exported));
            // The change is stored, then telling people about it fails: the command's outcome is logged as unconfirmed.
            services.AddSingleton<IDraftEventSink, FailingSink>();
        }, ("Telemetry:Enabled", "true"));

        await bot.SlashAsync(Emma, $"submit {LinkedIn} {SecretPost}");

        var failure = await exported.WaitForAsync(l => l.Contains("/post ({Command})", StringComparison.Ordinal) && l.Contains("Command=QuickSubmit", StringComparison.Ordinal), "the failed /post logged");
        Assert.Contains(nameof(FailingSink), failure, StringComparison.Ordinal);
        var identified = await exported.WaitForAsync(l => l.Contains("Slack user {UserId} is {Person}", StringComparison.Ordinal) && l.Contains($"UserId={Emma.UserId}", StringComparison.Ordinal), "Emma's Slack user resolved");
        Assert.Contains($"Person={PersonId.FromEmail(Emma.Email!).Pseudonym}", identified, StringComparison.Ordinal);
        var leaks = exported.Lines.Where(l => l.Contains("@contoso.com", StringComparison.OrdinalIgnoreCase) || l.Contains("Lyon", StringComparison.Ordinal)).ToList();
        Assert.True(leaks.Count == 0, "An e-mail address or the draft's text in exported logs: " + string.Join(" | ", leaks.Take(3)));
    }

    private sealed class FailingSink : IDraftEventSink
    {
        public Task OnCommittedAsync(DraftOutcome outcome, CancellationToken cancellationToken) =>
            throw new InvalidOperationException($"{nameof(FailingSink)}: the notification could not be queued.");
    }

    /// <summary>Every exported log record as one line of text: its template, its values and its exception.</summary>
    private sealed class ExportedLogs : BaseProcessor<LogRecord>
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get { lock (_lines) return [.. _lines]; }
        }

        // Records are pooled and reused once exported: copied to text here.
        public override void OnEnd(LogRecord data)
        {
            var values = data.Attributes?.Select(a => $"{a.Key}={a.Value}") ?? [];
            var line = string.Join(" ", [data.CategoryName, data.Body ?? "", data.FormattedMessage ?? "", .. values, data.Exception?.ToString() ?? ""]);
            lock (_lines) _lines.Add(line);
        }

        public async Task<string> WaitForAsync(Func<string, bool> match, string what)
        {
            var waited = Stopwatch.StartNew();
            while (waited.Elapsed < TimeSpan.FromSeconds(20))
            {
                if (Lines.FirstOrDefault(match) is { } found) return found;
                await Task.Delay(50);
            }
            throw new TimeoutException($"No exported log for {what} within 20 s. Logged: {string.Join(" | ", Lines.Take(20))}");
        }
    }
}
