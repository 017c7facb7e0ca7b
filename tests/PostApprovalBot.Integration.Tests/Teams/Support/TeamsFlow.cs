using System.Globalization;

namespace PostApprovalBot.Integration.Tests.Teams.Support;

/// <summary>The steps people take in Teams, shared by the flow tests: submit through the form, find a card, click its buttons.</summary>
public sealed class TeamsFlow(TeamsBot bot)
{
    /// <summary>Submits through the draft form, to publish at <paramref name="publishAt"/> (UTC) when given.</summary>
    public async Task<string> SubmitAsync(TeamsPersona submitter, string text, DateTimeOffset? publishAt = null)
    {
        await bot.SayAsync(submitter, "new");
        var form = await bot.WaitForAsync("the draft form", c => c.ConversationId == submitter.PersonalChat && c.CardText.Contains("New post for approval"));
        (string, string)[] values = [("accountId", TeamsCompany.AccountId), ("text", text), ("timeZoneId", "UTC")];
        if (publishAt is { } at)
        {
            values = [.. values, ("scheduledDate", at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("scheduledTime", at.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture))];
        }

        var answer = CardReading.AnswerCard(await bot.ClickAsync(submitter, "submitDraft", CardReading.Click(form.Card!, "submitDraft", values)));
        Assert.Contains("sent for approval", CardReading.Text(answer));
        return CardReading.DraftId(CardReading.Text(answer));
    }

    /// <summary>The approval card posted to this approver for the draft, while it still offers the decisions.</summary>
    public Task<ConnectorCall> ApprovalCardAsync(TeamsPersona approver, string draftId) =>
        bot.WaitForAsync($"{approver.Name}'s approval card for {draftId}", c =>
            c.IsPost && c.ConversationId == approver.PersonalChat && c.CardText.Contains(draftId) && CardReading.OffersDecisions(c.Card!));

    public Task<ConnectorCall> StatusCardAsync(TeamsPersona submitter, string draftId) =>
        bot.WaitForAsync($"the status card of {draftId}", c =>
            c.IsPost && c.ConversationId == submitter.PersonalChat && c.CardText.Contains(draftId) && c.CardText.Contains("Approval stages"));

    /// <summary>Clicks a decision on the approver's card (the latest version of it) and returns the card the bot answered with.</summary>
    public async Task<JsonObject> DecideAsync(TeamsPersona approver, string draftId, string verb, string? comment = null, string? suggestedText = null)
    {
        var posted = await ApprovalCardAsync(approver, draftId);
        var latest = bot.Connector.Calls.LastOrDefault(c => c.IsUpdate && c.ActivityId == posted.ActivityId && CardReading.OffersDecisions(c.Card!)) ?? posted;
        var inputs = comment is null ? Array.Empty<(string, string)>() : [("comment", comment)];
        if (suggestedText is not null)
        {
            inputs = [.. inputs, ("suggestedText", suggestedText)];
        }

        return CardReading.AnswerCard(await bot.ClickAsync(approver, verb, CardReading.Click(latest.Card!, verb, inputs)));
    }

    public IEnumerable<JsonObject> EveryCard() => bot.Connector.Calls.Select(c => c.Card).OfType<JsonObject>().Concat(bot.InvokeAnswers);
}
