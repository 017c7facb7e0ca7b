using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Host.Admin;
using PostApprovalBot.Host.Audit;
using PostApprovalBot.Host.Health;
using PostApprovalBot.Host.Notifications;
using PostApprovalBot.Host.Seed;
using PostApprovalBot.Host.Storage;
using PostApprovalBot.Host.Telemetry;
using PostApprovalBot.Host.Workflow;
using PostApprovalBot.Slack.Channel;
using PostApprovalBot.Teams.Channel;
using PostApprovalBot.Web;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
// SIGTERM (App Service, a scale-in): requests in flight and deliveries in flight finish within this, inside App Service's 30 s.
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = NotificationWorker.Drain + TimeSpan.FromSeconds(10));
builder.Services.AddApprovalStorage(builder.Configuration);
builder.Services.AddAuditServices(builder.Configuration);
builder.Services.Configure<SeedOptions>(builder.Configuration.GetSection(SeedOptions.Section));
builder.Services.AddSingleton<SeedLoader>();
builder.Services.AddSingleton<NotificationQueue>();
builder.Services.AddSingleton<IDraftEventSink>(sp => sp.GetRequiredService<NotificationQueue>());
builder.Services.AddSingleton<DraftNotifier>();
builder.Services.AddSingleton<NotificationDelivery>();
builder.Services.AddHostedService<NotificationWorker>();
builder.Services.AddHostedService<OutboxRecoveryWorker>();
builder.Services.Configure<WorkflowOptions>(builder.Configuration.GetSection(WorkflowOptions.Section));
builder.Services.AddSingleton<ReviewClock>();
builder.Services.AddHostedService<ReviewClockWorker>();
builder.Services.AddAdministration(builder.Configuration);
builder.Services.AddTeamsChannel(builder.Configuration);
builder.Services.AddSlackChannel(builder.Configuration);
builder.Services.AddWebView(builder.Configuration);
builder.Services.AddBotHealthChecks(builder.Configuration);
builder.AddBotTelemetry();

var app = builder.Build();

app.UseStorageOutageAnswers();
app.UseWebView();

app.MapHealth();
app.MapAdministration();
app.MapTeamsChannel();
app.MapSlackChannel();
app.MapWebView();
app.MapGet("/", () => Results.Text("PostApprovalBot is running. Web view: /web. Health: /healthz (liveness), /readyz (readiness)"));

app.Run();

/// <summary>Entry point; public so integration tests can host it.</summary>
public partial class Program;
