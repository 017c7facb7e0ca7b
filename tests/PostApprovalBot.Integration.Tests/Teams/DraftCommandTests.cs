using PostApprovalBot.Core.Chat;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Teams;

/// <summary>The text commands after submitting: lists, status, withdrawal and revision, each answering only what the person may see.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Teams")]
public sealed class DraftCommandTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string PostText = "Join our open day on Saturday.";
    private TeamsBot bot = null!;
    private TeamsFlow flow = null!;
    private string draftId = "";

    public async Task InitializeAsync()
    {
        bot = await TeamsBot.StartAsync(azurite);
        flow = new TeamsFlow(bot);
        await bot.InstallAsync(Emma, Lena, Liam, Colin, Chloe, Noah);
        draftId = await flow.SubmitAsync(Emma, PostText);
        await flow.ApprovalCardAsync(Lena, draftId);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task My_drafts_lists_the_submitters_drafts_with_where_they_stand()
    {
        var answer = await AnswerToAsync(Emma, "my drafts", "My drafts");

        Assert.Contains(draftId, answer);
        Assert.Contains("In review: Legal", answer);
    }

    [Fact]
    public async Task Pending_lists_what_waits_for_this_approver_and_nothing_for_others()
    {
        Assert.Contains("Legal review, your turn", await AnswerToAsync(Lena, "pending", "Waiting for your review"));
        Assert.Contains("Nothing is waiting for your review", await AnswerToAsync(Colin, "pending", "Waiting for your review"));
    }

    [Fact]
    public async Task Status_shows_the_submitter_her_stages_the_approver_his_card_and_an_outsider_nothing()
    {
        Assert.Contains("Approval stages", await AnswerToAsync(Emma, $"status {draftId}", draftId));
        Assert.Contains("Your review is needed", await AnswerToAsync(Liam, $"status {draftId}", draftId));
        var outsider = await AnswerToAsync(Noah, $"status {draftId}", "No such draft");
        Assert.DoesNotContain(PostText, outsider);
        Assert.Contains("No such draft", await AnswerToAsync(Noah, "status P-ZZZZZZ", "P-ZZZZZZ"));
    }

    [Fact]
    public async Task Withdrawal_closes_the_approvers_cards()
    {
        var lena = await flow.ApprovalCardAsync(Lena, draftId);

        Assert.Contains("withdrawn", await AnswerToAsync(Emma, $"withdraw {draftId}", "Draft " + draftId));

        await bot.WaitForAsync("Lena's card closed", c => c.IsUpdate && c.ActivityId == lena.ActivityId && c.CardText.Contains("Withdrawn") && !CardReading.OffersDecisions(c.Card!));
        Assert.Contains("Not withdrawn", await AnswerToAsync(Lena, $"withdraw {draftId}", "Not withdrawn"));
    }

    [Fact]
    public async Task Revise_is_offered_only_after_changes_were_requested()
    {
        Assert.Contains("only after an approver asks for changes", await AnswerToAsync(Emma, $"revise {draftId}", "Nothing to revise"));

        await flow.DecideAsync(Lena, draftId, "requestChanges", "Say which Saturday.");

        var form = await AnswerToAsync(Emma, $"revise {draftId}", $"Revise draft {draftId}");
        Assert.Contains(PostText, form);
        Assert.Contains("Say which Saturday.", form);
    }

    [Fact]
    public async Task Help_lists_every_command()
    {
        var help = await AnswerToAsync(Emma, "help", "What I can do");

        foreach (var (usage, meaning) in ChatCommand.Catalogue)
        {
            // Placeholders in guillemets: Teams would take "<account>" for markup and drop it.
            Assert.Contains(usage.Replace('<', '\u2039').Replace('>', '\u203A'), help.Split('\n'));
            Assert.Contains(meaning, help.Split('\n'));
        }

        Assert.DoesNotContain('<', help);

        Assert.Contains("I don't know 'publish'", await AnswerToAsync(Emma, "publish now", "publish"));
    }

    /// <summary>Says something and returns the text of the bot's answer (the newest card in that chat that contains <paramref name="marker"/>).</summary>
    private async Task<string> AnswerToAsync(TeamsPersona person, string text, string marker)
    {
        var before = bot.Connector.Calls.Count;
        await bot.SayAsync(person, text);
        var answer = bot.Connector.Calls.Skip(before).LastOrDefault(c => c.IsPost && c.ConversationId == person.PersonalChat && c.CardText.Contains(marker));
        Assert.True(answer is not null, $"No answer containing '{marker}' to '{text}'.");
        return answer.CardText;
    }
}
