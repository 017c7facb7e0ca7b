using PostApprovalBot.Core.Chat;

namespace PostApprovalBot.Core.Tests.Chat;

[Trait("Category", "Domain")]
public sealed class ChatCommandParserTests
{
    [Theory]
    [InlineData("", ChatCommandKind.Help)]
    [InlineData("HELP", ChatCommandKind.Help)]
    [InlineData("new", ChatCommandKind.New)]
    [InlineData("submit", ChatCommandKind.New)]
    [InlineData("  my   drafts ", ChatCommandKind.MyDrafts)]
    [InlineData("mine", ChatCommandKind.MyDrafts)]
    [InlineData("pending", ChatCommandKind.Pending)]
    public void Commands_without_arguments_are_recognised(string text, ChatCommandKind kind)
    {
        Assert.Equal(kind, ChatCommandParser.Parse(text).Kind);
    }

    [Theory]
    [InlineData("status p-7k3qxm", ChatCommandKind.Status)]
    [InlineData("withdraw P-7K3QXM", ChatCommandKind.Withdraw)]
    [InlineData("Revise  p-7K3QXM", ChatCommandKind.Revise)]
    public void Draft_ids_are_read_in_upper_case(string text, ChatCommandKind kind)
    {
        var command = ChatCommandParser.Parse(text);

        Assert.Equal(kind, command.Kind);
        Assert.Equal("P-7K3QXM", command.Argument);
        Assert.Null(command.Problem);
    }

    [Fact]
    public void A_quick_submission_keeps_the_whole_text()
    {
        var command = ChatCommandParser.Parse("submit linkedin-contoso We are hiring in Lyon!  Apply now.");

        Assert.Equal(ChatCommandKind.QuickSubmit, command.Kind);
        Assert.Equal("linkedin-contoso", command.Argument);
        Assert.Equal("We are hiring in Lyon!  Apply now.", command.Text);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("withdraw")]
    [InlineData("submit linkedin-contoso")]
    public void A_missing_argument_is_explained(string text)
    {
        Assert.Contains("for example", ChatCommandParser.Parse(text).Problem);
    }

    [Fact]
    public void An_unknown_word_points_to_help()
    {
        var command = ChatCommandParser.Parse("publish now");

        Assert.Equal(ChatCommandKind.Unknown, command.Kind);
        Assert.Contains("help", command.Problem);
    }

    [Theory]
    [InlineData("admin accounts")]
    [InlineData("spokesperson grant noah@contoso.com linkedin-contoso")]
    [InlineData("Approvers legal add lena@contoso.com")]
    public void Admin_commands_are_passed_on_whole(string text)
    {
        var command = ChatCommandParser.Parse(text);

        Assert.Equal(ChatCommandKind.Administer, command.Kind);
        Assert.Equal(text, command.Text);
    }

    [Fact]
    public void Policy_names_an_account()
    {
        Assert.Equal(("linkedin-contoso", null), (ChatCommandParser.Parse("policy linkedin-contoso").Argument, ChatCommandParser.Parse("policy linkedin-contoso").Problem));
        Assert.NotNull(ChatCommandParser.Parse("policy").Problem);
    }
}
