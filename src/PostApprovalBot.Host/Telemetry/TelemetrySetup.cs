using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry;
using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Host.Health;
using PostApprovalBot.Storage;
using PostApprovalBot.Storage.Diagnostics;

namespace PostApprovalBot.Host.Telemetry;

/// <summary>
/// OpenTelemetry traces, metrics and logs. Exported to Azure Monitor when APPLICATIONINSIGHTS_CONNECTION_STRING is set,
/// over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set (both may be); with neither, and without Telemetry:Enabled, nothing
/// is registered and the process pays nothing for it. Call after every port is registered: the bot's spans and
/// metrics come from decorators around the ports, so the core and the channels stay as they are.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "PostApprovalBot";
    public const string EnabledSetting = "Telemetry:Enabled";

    public static WebApplicationBuilder AddBotTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var azureMonitor = !string.IsNullOrWhiteSpace(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        if (!azureMonitor && !otlp && !configuration.GetValue<bool>(EnabledSetting)) return builder;

        AddInstrumentedPorts(builder.Services);
        builder.Services.Configure<AspNetCoreTraceInstrumentationOptions>(o => o.Filter = context => !IsProbe(context.Request.Path));
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing =>
            {
                // Redaction first: processors see a span in the order they were added, exporters come later.
                tracing.AddProcessor(new TelemetryRedaction()).AddSource(BotTracing.SourceName, WorkflowTracing.SourceName, Teams.Authentication.AuthenticationTracing.SourceName, Slack.Signing.SignatureTracing.SourceName);
                if (!azureMonitor) tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(BotMetrics.MeterName);
                if (!azureMonitor) metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
            })
            .WithLogging();
        // The distro adds the ASP.NET Core and HttpClient instrumentation itself.
        if (azureMonitor) telemetry.UseAzureMonitor();
        if (otlp) telemetry.UseOtlpExporter();
        return builder;
    }

    private static void AddInstrumentedPorts(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<RequestChannel>();
        services.Decorate<IDraftStore>((_, inner) => new TracedDraftStore(inner));
        services.Decorate<IDraftEventSink>((sp, inner) => new MeasuredEventSink(inner, sp.GetRequiredService<BotMetrics>(), sp.GetRequiredService<RequestChannel>()));
        services.Decorate<IAuditLog>((sp, inner) => new MeasuredAuditLog(inner, sp.GetRequiredService<BotMetrics>()));
        services.Decorate<INotificationOutbox>((sp, inner) => new TracedOutbox(inner, sp.GetRequiredService<BotMetrics>()));
        services.Decorate<IChatMessenger>((sp, inner) => new TracedMessenger(inner, sp.GetRequiredService<BotMetrics>()));
        services.Decorate<IReminderMessenger>((sp, inner) => new MeasuredReminderMessenger(inner, sp.GetRequiredService<BotMetrics>()));
        services.AddOptions<StorageOptions>().PostConfigure<BotMetrics>((options, metrics) =>
            options.PipelinePolicies.Add(new TableRequestTimer(metrics.TableRequestDuration, options.TablePrefix)));
        services.AddHostedService<OutboxBacklogSampler>();
    }

    private static bool IsProbe(PathString path) => path.StartsWithSegments(HealthEndpoint.Path) || path.StartsWithSegments(HealthEndpoint.ReadinessPath);
}
