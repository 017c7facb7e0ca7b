using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.Tests.Builders;

namespace PostApprovalBot.Core.Tests.Administration;

[Trait("Category", "Admin")]
public sealed class AdminConsoleTests
{
    private readonly AdminRig _rig = new();
    private readonly AdminConsole _console;

    public AdminConsoleTests()
    {
        _console = new AdminConsole(_rig.Gate, _rig.Accounts, _rig.Spokespersons, _rig.Groups, _rig.Policy);
    }

    private Task<AdminReply> Run(string text, Core.People.Person? by = null) => _console.ExecuteAsync(by ?? Staff.Owen, text, default);

    [Fact]
    public async Task Spokesperson_grant_from_chat_lets_the_person_submit()
    {
        var reply = await Run($"spokesperson grant {Staff.Nina.Id} {_rig.Company.Account.Id}");

        Assert.True(reply.Succeeded, string.Join(" ", reply.Lines));
        Assert.True(_rig.Company.Submit(by: Staff.Nina).Succeeded);
    }

    [Fact]
    public async Task A_grant_until_a_date_ends_after_that_day()
    {
        await Run($"spokesperson grant {Staff.Nina.Id} linkedin until 2025-06-03");

        var grant = Assert.Single(_rig.Company.Grants, g => g.Person == Staff.Nina.Id);
        Assert.Equal(new DateTimeOffset(2025, 6, 4, 0, 0, 0, TimeSpan.Zero), grant.ExpiresAt);
        Assert.Equal(Core.Accounts.Platform.LinkedIn, grant.Scope.Platform);
    }

    [Fact]
    public async Task Spokesperson_revoke_from_chat_stops_the_next_submission()
    {
        var reply = await Run($"spokesperson revoke {Staff.Sam.Id} {_rig.Company.Account.Id}");

        Assert.True(reply.Succeeded);
        Assert.False(_rig.Company.Submit().Succeeded);
    }

    [Fact]
    public async Task A_non_admin_is_refused_before_anything_is_read_or_changed()
    {
        var reply = await Run($"spokesperson grant {Staff.Nina.Id} {_rig.Company.Account.Id}", by: Staff.Sam);

        Assert.False(reply.Succeeded);
        Assert.Contains("Only administrators", reply.Lines[0]);
        Assert.False(_rig.Company.Submit(by: Staff.Nina).Succeeded);
    }

    [Fact]
    public async Task Spokespersons_lists_who_may_speak_for_each_account()
    {
        var reply = await Run("spokespersons");

        Assert.Contains(reply.Lines, l => l.StartsWith(_rig.Company.Account.Id, StringComparison.Ordinal) && l.Contains(Staff.Sam.Id.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Approvers_add_puts_a_person_in_a_group()
    {
        var reply = await Run($"approvers legal add {Staff.Nina.Id} Nina Nobody");

        Assert.True(reply.Succeeded);
        Assert.True(_rig.Company.Groups["legal"].Contains(Staff.Nina.Id));
    }

    [Fact]
    public async Task Unknown_admin_words_answer_with_the_command_list()
    {
        var reply = await Run("admin frobnicate");

        Assert.Contains(reply.Lines, l => l.StartsWith("spokesperson grant", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_e_mail_is_explained()
    {
        var reply = await Run("spokesperson grant nina linkedin");

        Assert.False(reply.Succeeded);
        Assert.Contains("not an e-mail", reply.Lines[0]);
    }
}
