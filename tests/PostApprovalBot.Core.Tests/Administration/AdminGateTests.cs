using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Tests.Builders;

namespace PostApprovalBot.Core.Tests.Administration;

[Trait("Category", "Admin")]
public sealed class AdminGateTests
{
    [Fact]
    public async Task Members_of_the_admins_group_are_admins()
    {
        var rig = new AdminRig();
        await rig.Groups.SaveAsync(Staff.Owen, new ApproverGroup(AdminGate.AdminsGroupId, "Admins", [Staff.Owen, Staff.Mia]), default);

        Assert.True(await rig.Gate.IsAdminAsync(Staff.Mia, default));
        Assert.False(await rig.Gate.IsAdminAsync(Staff.Max, default));
    }

    [Fact]
    public async Task A_bootstrap_chat_user_id_makes_that_person_an_admin()
    {
        var rig = new AdminRig(bootstrap: "U024BE7LH");
        await rig.Chat.SaveAsync(new ChatContact(ChatChannel.Slack, Staff.Cora, "U024BE7LH", "D1"), default);

        Assert.True(await rig.Gate.IsAdminAsync(Staff.Cora, default));
        Assert.False(await rig.Gate.IsAdminAsync(Staff.Owen, default));
    }

    [Fact]
    public async Task The_admins_group_cannot_be_emptied()
    {
        var rig = new AdminRig();
        await rig.Groups.SaveAsync(Staff.Owen, new ApproverGroup(AdminGate.AdminsGroupId, "Admins", [Staff.Owen]), default);

        var result = await rig.Groups.RemoveMemberAsync(Staff.Owen, AdminGate.AdminsGroupId, Staff.Owen.Id, default);

        Assert.Equal(RefusalCode.InvalidInput, result.Refusal!.Code);
    }

    [Fact]
    public async Task A_route_naming_an_unknown_group_is_refused()
    {
        var rig = new AdminRig();
        var route = new ApprovalRoute(rig.Company.Account.Id, [new RouteStep([new StageDefinition("Investor relations", "ir", Quorum.AnyOne)])]);

        var result = await rig.Routes.SetAsync(Staff.Owen, route, default);

        Assert.Contains("ir", result.Refusal!.Message);
    }

    [Fact]
    public async Task Lexicon_terms_and_allowed_domains_are_set_and_removed()
    {
        var rig = new AdminRig();

        await rig.Policy.SetTermAsync(Staff.Owen, new Core.Policy.LexiconTerm("dividend", Core.Policy.LexiconAction.Flag, ApprovalRoute.Compliance), default);
        await rig.Policy.AllowDomainAsync(Staff.Owen, "Contoso.com", default);
        await rig.Policy.RemoveTermAsync(Staff.Owen, "DIVIDEND", default);
        var bad = await rig.Policy.AllowDomainAsync(Staff.Owen, "not a domain", default);

        Assert.Empty(rig.PolicyStore.Document.Lexicon);
        Assert.Equal(["contoso.com"], rig.PolicyStore.Document.AllowedLinkDomains);
        Assert.Equal(RefusalCode.InvalidInput, bad.Refusal!.Code);
        Assert.Equal(3, rig.Audit.Events.Count);
    }
}
