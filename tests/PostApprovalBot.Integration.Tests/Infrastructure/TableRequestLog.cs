using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using PostApprovalBot.Storage.Diagnostics;

namespace PostApprovalBot.Integration.Tests.Infrastructure;

/// <summary>
/// Every table request sent while <see cref="Recording"/> is on (or, given <paramref name="recordWhen"/>, while it holds), as
/// (table, operation), and the rows those reads returned: what an action costs.
/// </summary>
public sealed class TableRequestLog(string tablePrefix, Func<bool>? recordWhen = null) : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<(string Table, string Operation)> _requests = new();
    private int _rowsRead;

    public bool Recording { get; set; }

    public string TablePrefix => tablePrefix;

    public IReadOnlyList<(string Table, string Operation)> Requests => _requests.ToList();

    /// <summary>
    /// Rows the recorded reads returned: one page of a query holds up to 1,000, so a query over a growing history can cost
    /// one request at every size, and only this shows what it read.
    /// </summary>
    public int RowsRead => Volatile.Read(ref _rowsRead);

    public void Clear()
    {
        _requests.Clear();
        Interlocked.Exchange(ref _rowsRead, 0);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var recorded = Record(message);
        ProcessNext(message, pipeline);
        if (recorded) CountRows(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var recorded = Record(message);
        await ProcessNextAsync(message, pipeline);
        if (recorded) CountRows(message);
    }

    private bool Record(HttpMessage message)
    {
        if (!(recordWhen?.Invoke() ?? Recording)) return false;
        _requests.Enqueue(TableRequestKind.Of(message.Request, tablePrefix));
        return true;
    }

    // A query answers {"value": [rows]}, a point read the row itself; the body is buffered by the time it gets back here.
    private void CountRows(HttpMessage message)
    {
        if (message.Request.Method != RequestMethod.Get || message.Response.Status != 200 || !message.BufferResponse) return;
        using var body = JsonDocument.Parse(message.Response.Content);
        var rows = body.RootElement.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array ? value.GetArrayLength() : 1;
        Interlocked.Add(ref _rowsRead, rows);
    }
}
