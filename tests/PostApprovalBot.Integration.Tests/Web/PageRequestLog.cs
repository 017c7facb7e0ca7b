using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.AspNetCore.Http;
using PostApprovalBot.Storage.Diagnostics;

namespace PostApprovalBot.Integration.Tests.Web;

/// <summary>
/// The table requests made while the host answers a web view page (the request's HttpContext flows into the storage call), so
/// the workers' background requests at the same moment are not counted: what one page costs.
/// </summary>
public sealed class PageRequestLog(IHttpContextAccessor http, string tablePrefix) : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<(string Table, string Operation)> requests = new();

    public string TablePrefix => tablePrefix;

    public IReadOnlyList<(string Table, string Operation)> Requests => requests.ToList();

    public void Clear() => requests.Clear();

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
        if (http.HttpContext?.Request.Path.StartsWithSegments("/web") == true) requests.Enqueue(TableRequestKind.Of(message.Request, tablePrefix));
    }
}
