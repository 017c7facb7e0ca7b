using PostApprovalBot.Core.Routing;
using PostApprovalBot.Core.Tests.Builders;

namespace PostApprovalBot.Core.Tests.Routing;

[Trait("Category", "Domain")]
public sealed class ApprovalRouteTests
{
    private static readonly ApproverGroup Compliance = new(ApprovalRoute.Compliance, "Compliance", [Staff.Cora]);
    private static readonly ApproverGroup Security = new("security", "Security", [Staff.Nina]);

    [Fact]
    public void Default_route_is_legal_then_compliance_then_communications_any_one_each()
    {
        var route = ApprovalRoute.Default("linkedin-acme");

        Assert.Equal([ApprovalRoute.Legal, ApprovalRoute.Compliance, ApprovalRoute.Communications],
            route.Steps.Select(s => Assert.Single(s.Stages).ApproverGroupId));
        Assert.All(route.AllStages, s => Assert.Equal(Quorum.AnyOne, s.Quorum));
        Assert.Null(route.Validate());
    }

    [Fact]
    public void Extra_group_reviews_in_parallel_with_the_first_step()
    {
        var route = ApprovalRoute.Default("linkedin-acme").WithExtraGroups([Security]);

        Assert.Equal(["Legal", "Security"], route.Steps[0].Stages.Select(s => s.Name));
        Assert.Equal(3, route.Steps.Count);
    }

    [Fact]
    public void Extra_group_already_on_the_route_changes_nothing()
    {
        var route = ApprovalRoute.Default("linkedin-acme");

        Assert.Same(route, route.WithExtraGroups([Compliance]));
    }

    [Fact]
    public void Extra_group_named_twice_is_added_once()
    {
        var route = ApprovalRoute.Default("linkedin-acme").WithExtraGroups([Security, Security]);

        Assert.Single(route.AllStages, s => s.ApproverGroupId == "security");
    }

    [Fact]
    public void Route_without_steps_is_invalid()
    {
        Assert.NotNull(new ApprovalRoute("a", []).Validate());
    }

    [Fact]
    public void Step_without_stages_is_invalid()
    {
        Assert.NotNull(new ApprovalRoute("a", [new RouteStep([])]).Validate());
    }

    [Fact]
    public void Stage_names_must_be_unique_whatever_their_case()
    {
        var route = new ApprovalRoute("a", [Company.Step(Company.Stage("legal")), Company.Step(new StageDefinition("LEGAL", "compliance", Quorum.AnyOne))]);

        Assert.Contains("unique", route.Validate());
    }

    [Fact]
    public void Stage_needs_an_sla_of_at_least_one_hour()
    {
        var route = new ApprovalRoute("a", [Company.Step(new StageDefinition("Legal", "legal", Quorum.AnyOne, SlaHours: 0))]);

        Assert.Contains("SLA", route.Validate());
    }
}
