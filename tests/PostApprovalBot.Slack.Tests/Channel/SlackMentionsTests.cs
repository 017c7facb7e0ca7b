using Microsoft.Extensions.Logging.Abstractions;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;
using PostApprovalBot.Slack.Channel.Commands;
using PostApprovalBot.Slack.Channel.Identity;
using PostApprovalBot.Slack.Tests.WebApi;

namespace PostApprovalBot.Slack.Tests.Channel;

/// <summary>People @mentioned in admin commands become their work e-mails: from the directory, else from users.info.</summary>
[Trait("Category", "Slack")]
public sealed class SlackMentionsTests : LoopbackSlackTest
{
    private sealed class Directory(params ChatContact[] contacts) : IChatDirectory
    {
        public Task SaveAsync(ChatContact contact, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<ChatContact?> FindByChannelUserAsync(ChatChannel channel, string channelUserId, CancellationToken cancellationToken) =>
            Task.FromResult(contacts.FirstOrDefault(c => c.Channel == channel && c.ChannelUserId == channelUserId));

        public Task<ChatContact?> FindByPersonAsync(ChatChannel channel, PersonId person, CancellationToken cancellationToken) =>
            Task.FromResult(contacts.FirstOrDefault(c => c.Channel == channel && c.Person.Id == person));
    }

    private static readonly ChatContact Lena = new(ChatChannel.Slack, Person.FromEmail("lena@contoso.com", "Lena Legal"), "U0LENA", "D0LENA");

    private SlackMentions Mentions(params ChatContact[] known) => new(new Directory(known), Client(), NullLogger<SlackMentions>.Instance);

    private static string UserInfo(string? email, bool bot = false)
    {
        var profile = email is null ? "{}" : "{\"email\":\"" + email + "\"}";
        return "{\"ok\":true,\"user\":{\"id\":\"U0NOAH\",\"name\":\"noah\",\"real_name\":\"Noah\",\"is_bot\":" + (bot ? "true" : "false")
            + ",\"deleted\":false,\"profile\":" + profile + "}}";
    }

    [Fact]
    public async Task A_known_person_is_named_by_the_directory_without_asking_slack()
    {
        var (text, problem) = await Mentions(Lena).WithEmailsAsync("spokesperson grant <@U0LENA|lena> linkedin-contoso", default);

        Assert.Equal(("spokesperson grant lena@contoso.com linkedin-contoso", (string?)null), (text, problem));
        Assert.Empty(Slack.Requests);
    }

    [Fact]
    public async Task Someone_who_never_used_the_bot_is_looked_up_with_users_info()
    {
        Slack.Then(200, UserInfo("noah@contoso.com"));

        var (text, problem) = await Mentions().WithEmailsAsync("approvers legal add <@U0NOAH>", default);

        Assert.Null(problem);
        Assert.Equal("approvers legal add noah@contoso.com", text);
        Assert.EndsWith("/users.info", Assert.Single(Slack.Requests).Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("bot@contoso.com", true)]
    public async Task A_mention_without_a_work_email_is_a_problem_naming_the_person(string? email, bool bot)
    {
        Slack.Then(200, UserInfo(email, bot));

        var (_, problem) = await Mentions().WithEmailsAsync("approvers legal add <@U0NOAH|noah>", default);

        Assert.Contains("@noah", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_command_with_a_mention_reads_as_the_same_command_with_the_email()
    {
        var command = await new SlackCommandReader(Mentions(Lena)).ReadAsync("spokesperson revoke <@U0LENA|lena> linkedin-contoso", default);

        Assert.Equal(ChatCommandKind.Administer, command.Kind);
        Assert.Equal("spokesperson revoke lena@contoso.com linkedin-contoso", command.Text);
    }

    [Fact]
    public async Task Mentions_outside_admin_commands_are_left_alone()
    {
        var command = await new SlackCommandReader(Mentions()).ReadAsync("submit linkedin-contoso Thanks <@U0NOAH|noah>!", default);

        Assert.Equal(ChatCommandKind.QuickSubmit, command.Kind);
        Assert.Equal("Thanks @noah!", command.Text);
        Assert.Empty(Slack.Requests);
    }
}
