using System.Diagnostics;
using System.Diagnostics.Metrics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace PostApprovalBot.Storage.Diagnostics;

/// <summary>
/// An Azure SDK pipeline policy that records how long each table request took, by table, operation
/// (<see cref="TableRequestKind"/>) and status. Added per retry, so a retried request counts each try.
/// </summary>
public sealed class TableRequestTimer(Histogram<double> duration, string tablePrefix) : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            ProcessNext(message, pipeline);
        }
        finally
        {
            Record(message, started);
        }
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await ProcessNextAsync(message, pipeline);
        }
        finally
        {
            Record(message, started);
        }
    }

    private void Record(HttpMessage message, long started)
    {
        if (!duration.Enabled) return;
        var (table, operation) = TableRequestKind.Of(message.Request, tablePrefix);
        var status = message.HasResponse ? message.Response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none";
        duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
            new KeyValuePair<string, object?>("table", table), new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("status", status));
    }
}
