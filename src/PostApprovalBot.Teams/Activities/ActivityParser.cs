using System.Text.Json;

namespace PostApprovalBot.Teams.Activities;

/// <summary>Turns a POST /api/messages body into an <see cref="Activity"/> or a 400 reason.</summary>
public static class ActivityParser
{
    /// <summary>Activities are small; a larger body is refused before it is buffered whole.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static async Task<ActivityParseResult> ParseAsync(Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return new ActivityParseResult.TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    public static ActivityParseResult Parse(string body) =>
        Parse(System.Text.Encoding.UTF8.GetBytes(body ?? ""));

    public static ActivityParseResult Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return new ActivityParseResult.Rejected("The body is empty; an activity in JSON was expected.");
        }

        if (body.Length > MaxBodyBytes)
        {
            return new ActivityParseResult.TooLarge();
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, TeamsJson.Options);
        }
        catch (JsonException ex)
        {
            return new ActivityParseResult.Rejected($"The body is not a well-formed activity: {ex.Message}");
        }

        if (activity is null)
        {
            return new ActivityParseResult.Rejected("The body is JSON null; an activity object was expected.");
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return new ActivityParseResult.Rejected("The activity has no 'type'.");
        }

        return new ActivityParseResult.Parsed(activity);
    }
}
