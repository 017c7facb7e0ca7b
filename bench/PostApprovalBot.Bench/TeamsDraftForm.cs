namespace PostApprovalBot.Bench;

/// <summary>
/// The Teams draft form as a person uses it: submit, and when the answer shows policy findings instead of
/// "sent for approval", press "Submit with these findings" (the form's own submit button, carrying its
/// confirmation) once. Both invokes count as the one submission.
/// </summary>
public static class TeamsDraftForm
{
    /// <summary>Null when the draft was sent for approval, else what went wrong.</summary>
    public static async Task<string?> SubmitAsync(BenchWorld world, TeamsPersona persona, string accountId, string text)
    {
        var values = new JsonObject { ["accountId"] = accountId, ["text"] = text, ["timeZoneId"] = "UTC" };
        var (status, body) = await InvokeAsync(world, persona, values);
        if (status != HttpStatusCode.OK || Sent(body)) return Failure(status, body);
        JsonObject again;
        try
        {
            again = CardReading.Click(JsonNode.Parse(body)!["value"]!.AsObject(), "submitDraft");
        }
        catch (Exception e) when (e is InvalidOperationException or NullReferenceException or System.Text.Json.JsonException)
        {
            return Failure(status, body);
        }
        foreach (var (key, value) in values) again[key] = value?.DeepClone();
        (status, body) = await InvokeAsync(world, persona, again);
        return Failure(status, body);
    }

    private static async Task<(HttpStatusCode, string)> InvokeAsync(BenchWorld world, TeamsPersona persona, JsonObject data)
    {
        using var response = await world.PostActivityAsync(TeamsActivities.CardClick(world.ServiceUrl, persona, "submitDraft", data));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static bool Sent(string body) => body.Contains("sent for approval", StringComparison.Ordinal);

    private static string? Failure(HttpStatusCode status, string body) =>
        status == HttpStatusCode.OK && Sent(body) ? null : $"{(int)status}: {body[..Math.Min(body.Length, 200)]}";
}
