using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Teams.Activities;
using PostApprovalBot.Teams.Channel.Identity;
using PostApprovalBot.Teams.Channel.Turns;

namespace PostApprovalBot.Teams.Tests.Channel;

/// <summary>People @mentioned in admin commands become their work e-mails: the directory first, else the connector's member lookup.</summary>
[Trait("Category", "Teams")]
public sealed class TeamsMentionsTests : ConnectorTestBase
{
    private sealed class Directory(params ChatContact[] contacts) : IChatDirectory
    {
        public Task SaveAsync(ChatContact contact, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<ChatContact?> FindByChannelUserAsync(ChatChannel channel, string channelUserId, CancellationToken cancellationToken) =>
            Task.FromResult(contacts.FirstOrDefault(c => c.Channel == channel && c.ChannelUserId == channelUserId));

        public Task<ChatContact?> FindByPersonAsync(ChatChannel channel, PersonId person, CancellationToken cancellationToken) =>
            Task.FromResult(contacts.FirstOrDefault(c => c.Channel == channel && c.Person.Id == person));
    }

    private static readonly ChatContact Olivia = new(ChatChannel.Teams, Person.FromEmail("olivia@contoso.com", "Olivia Owner"), "aad-olivia", null);

    private TeamsTurn Turn(string text, params Entity[] mentions)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message, Text = text, ServiceUrl = Conversation().ServiceUrl,
            From = new ChannelAccount("29:olivia", "Olivia Owner", "aad-olivia"), Recipient = new ChannelAccount("28:bot", "Post Approval"),
            Conversation = new ConversationAccount(PersonalChat), Entities = mentions,
        };
        return new TeamsTurn(activity, Olivia, Conversation());
    }

    private TeamsMentions Mentions(params ChatContact[] known) => new(new Directory(known), Client, NullLogger<TeamsMentions>.Instance);

    private static Entity Mention(string id, string name, string? objectId = null) =>
        new(Entity.MentionType, new ChannelAccount(id, name, objectId), $"<at>{name}</at>");

    [Fact]
    public async Task A_mention_is_replaced_by_the_email_the_connector_gives_for_that_user()
    {
        Connector.Then(200, JsonSerializer.Serialize(new { id = "29:noah", name = "Noah Outsider", email = "noah@contoso.com", userPrincipalName = "noah@contoso.com" }));

        var (text, problem) = await Mentions().WithEmailsAsync(
            Turn("spokesperson grant <at>Noah Outsider</at> linkedin-contoso", Mention("29:noah", "Noah Outsider")), default);

        Assert.Equal(("spokesperson grant noah@contoso.com linkedin-contoso", (string?)null), (text, problem));
        Assert.Equal(("GET", $"/v3/conversations/{Uri.EscapeDataString(PersonalChat)}/members/{Uri.EscapeDataString("29:noah")}"),
            (Assert.Single(Connector.Requests).Method, Connector.Requests.Single().RawTarget));
    }

    [Fact]
    public async Task Someone_who_used_the_bot_is_named_from_the_directory_and_the_bot_mention_is_dropped()
    {
        var lena = new ChatContact(ChatChannel.Teams, Person.FromEmail("lena@contoso.com", "Lena Legal"), "aad-lena", null);

        var (text, _) = await Mentions(lena).WithEmailsAsync(
            Turn("<at>Post Approval</at> approvers legal remove <at>Lena Legal</at>", Mention("28:bot", "Post Approval"), Mention("29:lena", "Lena Legal", "aad-lena")), default);

        Assert.Equal("approvers legal remove lena@contoso.com", text);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task A_mention_nobody_can_name_is_a_problem_that_says_to_write_the_email()
    {
        Connector.Then(404, """{ "error": { "code": "MemberNotFoundInConversation" } }""");

        var (_, problem) = await Mentions().WithEmailsAsync(Turn("approvers legal add <at>Ghost</at>", Mention("29:ghost", "Ghost")), default);

        Assert.Contains("work e-mail of Ghost", problem, StringComparison.Ordinal);
    }
}
