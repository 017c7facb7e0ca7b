using Azure;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Storage.Health;

/// <summary>Answers "can we store decisions right now?" quickly, with a reason when we cannot: storage answers and every table exists.</summary>
public sealed class StorageHealth(TableStorage storage)
{
    public async Task<(bool Healthy, string Detail)> CheckAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            var missing = await storage.MissingTablesAsync(cts.Token);
            return missing.Count == 0
                ? (true, "Table storage reachable; every table exists.")
                : (false, $"Table storage answers, but {missing.Count} table(s) are not created yet ({string.Join(", ", missing)}); the service creates them at startup.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, $"Table storage did not answer within {timeout.TotalSeconds:0.#} s.");
        }
        catch (RequestFailedException e)
        {
            return (false, $"Table storage answered {e.Status} {e.ErrorCode}: {FirstLine(e.Message)}");
        }
        catch (Exception e) when (e is HttpRequestException or AggregateException or System.Net.Sockets.SocketException)
        {
            return (false, $"Table storage is unreachable: {FirstLine(e.Message)}");
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
