using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace PostApprovalBot.Bench;

/// <summary>
/// Opens a <see cref="TableRequestCounter"/> scope named after the path for the time an inbound request is being
/// answered, so table requests made before the answer count for that endpoint and later ones as background.
/// </summary>
public sealed class RequestScopes : IStartupFilter
{
    /// <summary>Set by the benchmark's clients to name the step (submit, approve …); the bot itself never reads it.</summary>
    public const string StepHeader = "X-Bench-Step";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, proceed) =>
        {
            var step = context.Request.Headers[StepHeader].ToString();
            using var scope = TableRequestCounter.Open(((context.Request.Path.Value ?? "/") + " " + step).Trim());
            await proceed(context);
        });
        next(app);
    };
}
