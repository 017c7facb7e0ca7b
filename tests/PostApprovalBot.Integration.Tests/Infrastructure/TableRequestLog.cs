using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using PostApprovalBot.Storage.Diagnostics;

namespace PostApprovalBot.Integration.Tests.Infrastructure;

/// <summary>
/// Every table request sent while <see cref="Recording"/> is on (or, given <paramref name="recordWhen"/>, while it holds), as
/// (table, operation): what an action costs.
/// </summary>
public sealed class TableRequestLog(string tablePrefix, Func<bool>? recordWhen = null) : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<(string Table, string Operation)> _requests = new();

    public bool Recording { get; set; }

    public string TablePrefix => tablePrefix;

    public IReadOnlyList<(string Table, string Operation)> Requests => _requests.ToList();

    public void Clear() => _requests.Clear();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Record(HttpMessage message)
    {
        if (recordWhen?.Invoke() ?? Recording) _requests.Enqueue(TableRequestKind.Of(message.Request, tablePrefix));
    }
}
