using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PostApprovalBot.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PostApprovalBot.Browser.Tests.Flows;

/// <summary>The clicks of the approval flow, as a person does them in the Playground, each recorded as a step.</summary>
public static partial class DraftSteps
{
    public const string LinkedIn = "Contoso on LinkedIn";

    /// <summary>Types <c>new</c>, fills the form and submits it; returns the draft id the confirmation names.</summary>
    public static async Task<string> SubmitAsync(Storyboard story, PersonaWindow employee, string account, string text)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(employee);
        ILocator form = null!;
        await story.StepAsync(employee, "types new and gets the form", async () =>
        {
            await employee.SayAsync("new");
            form = await employee.WaitForCardAsync("New post for approval");
        });
        await story.StepAsync(employee, "fills the form", async () =>
        {
            await form.GetByPlaceholder("Choose an account").ClickAsync();
            await employee.Page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = account }).ClickAsync();
            await employee.TypeAsync(form.GetByLabel("Post text"), text);
        });
        var draftId = "";
        await story.StepAsync(employee, "submits it for approval", async () =>
        {
            await employee.ClickAsync(form, "Submit for approval");
            var sent = await SentOrConfirmAsync(employee, "sent for approval");
            draftId = DraftIdIn(await sent.InnerTextAsync());
        });
        return draftId;
    }

    /// <summary>
    /// The answer to a submitted form: the confirmation, after clicking "Submit with these findings" when the policy check found
    /// something worth a second look (the demo account's posting hours and daily limit depend on when the tests run).
    /// </summary>
    public static async Task<ILocator> SentOrConfirmAsync(PersonaWindow employee, string confirmation)
    {
        ArgumentNullException.ThrowIfNull(employee);
        var sent = employee.Card(confirmation);
        var withFindings = employee.Card("Submit with these findings");
        await Expect(sent.Or(withFindings)).ToBeVisibleAsync();
        if (!await sent.IsVisibleAsync())
        {
            await employee.ClickAsync(withFindings, "Submit with these findings");
        }

        return await employee.WaitForCardAsync(confirmation);
    }

    /// <summary>The approver's card for the draft arrives, and a click on Approve turns it into the recorded decision.</summary>
    public static async Task ApproveAsync(Storyboard story, PersonaWindow approver, string draftId, string text)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(approver);
        ILocator card = null!;
        await story.StepAsync(approver, "gets the approval card", async () => card = await approver.WaitForCardAsync("Your review is needed", draftId, text));
        await story.StepAsync(approver, "approves", async () =>
        {
            await approver.ClickAsync(card, "Approve");
            await approver.WaitForCardAsync($"Approved by {approver.Persona.Name}", draftId);
        });
    }

    public static string DraftIdIn(string cardText)
    {
        var match = DraftId().Match(cardText ?? "");
        return match.Success ? match.Value : throw new InvalidOperationException($"No draft id in the card: {cardText}");
    }

    [GeneratedRegex(@"\bP-[0-9A-Z]{6}\b")]
    private static partial Regex DraftId();
}
