using PostApprovalBot.Core.Ports;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Host.Health;
using PostApprovalBot.Host.Notifications;
using PostApprovalBot.Host.Seed;
using PostApprovalBot.Host.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddApprovalStorage(builder.Configuration);
builder.Services.Configure<SeedOptions>(builder.Configuration.GetSection(SeedOptions.Section));
builder.Services.AddSingleton<SeedLoader>();
builder.Services.AddSingleton<NotificationQueue>();
builder.Services.AddSingleton<IDraftEventSink>(sp => sp.GetRequiredService<NotificationQueue>());
builder.Services.AddSingleton<DraftNotifier>();
builder.Services.AddHostedService<NotificationWorker>();

var app = builder.Build();

app.MapHealth();
app.MapGet("/", () => Results.Text("PostApprovalBot is running. Health: /healthz"));

app.Run();

/// <summary>Entry point; public so integration tests can host it.</summary>
public partial class Program;
