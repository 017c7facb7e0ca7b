using System.Text.RegularExpressions;
using PostApprovalBot.Storage.Tables;

namespace PostApprovalBot.Integration.Tests.Host;

[Trait("Category", "Deployment")]
public sealed class InfrastructureTablesTests
{
    [Fact]
    public void The_bicep_template_creates_exactly_the_tables_the_storage_uses()
    {
        var bicep = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "infra", "modules", "storage.bicep"));
        var list = Regex.Match(bicep, @"var tableNames = \[(?<names>[^\]]*)\]").Groups["names"].Value;
        var declared = Regex.Matches(list, "'(?<name>[a-z0-9]+)'").Select(m => m.Groups["name"].Value);

        Assert.Equal(TableNames.All.Order(), declared.Order());
    }
}
