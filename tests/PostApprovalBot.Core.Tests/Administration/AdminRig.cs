using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.Tests.Builders;
using PostApprovalBot.Core.Tests.Fakes;

namespace PostApprovalBot.Core.Tests.Administration;

/// <summary>The admin use cases on in-memory ports; Owen is the bootstrap administrator.</summary>
public sealed class AdminRig
{
    public AdminRig(string bootstrap = "owen@acme.example")
    {
        Configuration = new InMemoryConfiguration(Company);
        Gate = new AdminGate(AdminBootstrap.Parse(bootstrap), Configuration, Chat, Audit, Company.Clock);
        Accounts = new AccountAdministration(Gate, Configuration);
        Spokespersons = new SpokespersonAdministration(Gate, Configuration, Configuration);
        Groups = new GroupAdministration(Gate, Configuration);
        Routes = new RouteAdministration(Gate, Configuration, Configuration, Configuration);
        Policy = new PolicyAdministration(Gate, PolicyStore);
    }

    public Company Company { get; } = new();
    public InMemoryConfiguration Configuration { get; }
    public InMemoryAuditLog Audit { get; } = new();
    public InMemoryChat Chat { get; } = new();
    public InMemoryPolicyStore PolicyStore { get; } = new();
    public AdminGate Gate { get; }
    public AccountAdministration Accounts { get; }
    public SpokespersonAdministration Spokespersons { get; }
    public GroupAdministration Groups { get; }
    public RouteAdministration Routes { get; }
    public PolicyAdministration Policy { get; }
}
