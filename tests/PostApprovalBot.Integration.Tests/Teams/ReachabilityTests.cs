using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Teams.Channel.Identity;
using static PostApprovalBot.Integration.Tests.Teams.Support.TeamsPersona;

namespace PostApprovalBot.Integration.Tests.Teams;

/// <summary>How the bot learns to reach people in Teams, and what happens when it cannot.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Teams")]
public sealed class ReachabilityTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TeamsBot bot = null!;
    private TeamsFlow flow = null!;

    public async Task InitializeAsync()
    {
        bot = await TeamsBot.StartAsync(azurite);
        flow = new TeamsFlow(bot);
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task First_contact_maps_the_entra_object_id_to_the_work_email_and_stores_the_conversation()
    {
        await bot.InstallAsync(Lena);

        var contact = await bot.Services.GetRequiredService<IChatDirectory>().FindByChannelUserAsync(ChatChannel.Teams, Lena.AadObjectId, default);
        Assert.NotNull(contact);
        Assert.Equal((Lena.Email, Lena.Name), (contact.Person.Id.Value, contact.Person.DisplayName));
        var address = TeamsAddress.Parse(contact.Address)!;
        Assert.Equal((bot.ServiceUrl, Lena.PersonalChat, Lena.TeamsId, TeamsActivities.TenantId), (address.ServiceUrl, address.ConversationId, address.UserId, address.TenantId));
        Assert.Single(bot.Connector.Calls, c => c.Method == "GET" && c.Path.EndsWith("/members/" + Uri.EscapeDataString(Lena.TeamsId), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Known_people_are_not_looked_up_again()
    {
        await bot.InstallAsync(Lena);
        await bot.SayAsync(Lena, "help");
        await bot.SayAsync(Lena, "pending");

        Assert.Single(bot.Connector.Calls, c => c.Method == "GET");
    }

    [Fact]
    public async Task Approver_known_only_from_a_team_gets_a_new_one_to_one_chat_for_the_card()
    {
        await bot.InstallAsync(Emma);
        var inTeam = TeamsActivities.Message(bot.ServiceUrl, Lena, "hello");
        inTeam["conversation"]!["id"] = "19:general@thread.tacv2";
        inTeam["conversation"]!["conversationType"] = "channel";
        await bot.SendAsync(inTeam);

        var draftId = await flow.SubmitAsync(Emma, "Hello from the new office.");

        var created = await bot.WaitForAsync("a 1:1 chat created for Lena", c => c.Method == "POST" && c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Equal(Lena.TeamsId, (string?)created.Body!["members"]![0]!["id"]);
        Assert.Equal(TeamsActivities.TenantId, (string?)created.Body["tenantId"]);
        await flow.ApprovalCardAsync(Lena, draftId);
    }

    [Fact]
    public async Task Submitter_is_told_which_approvers_cannot_be_reached()
    {
        await bot.InstallAsync(Emma, Lena);
        await bot.SendAsync(TeamsActivities.Installed(bot.ServiceUrl, Lena, "remove"));

        var draftId = await flow.SubmitAsync(Emma, "Who will read this?");

        var notice = await bot.WaitForAsync("the unreachable notice", c => c.IsPost && c.ConversationId == Emma.PersonalChat && c.CardText.Contains("cannot be reached"));
        Assert.Contains("Lena Legal", notice.CardText);
        Assert.Contains("Liam Legal", notice.CardText);
        Assert.Contains(draftId, notice.CardText);
        var lena = await bot.Services.GetRequiredService<IChatDirectory>().FindByPersonAsync(ChatChannel.Teams, PersonId.FromEmail(Lena.Email), default);
        Assert.Null(lena!.Address);
    }
}
