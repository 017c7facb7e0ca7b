using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Tests.People;

/// <summary>Logs name a person by pseudonym: stable, distinct, and without the address.</summary>
[Trait("Category", "Domain")]
public sealed class PersonPseudonymTests
{
    [Fact]
    public void Pseudonym_is_what_the_shell_line_in_docs_deployment_computes_for_the_lower_cased_address()
    {
        // printf %s alice@contoso.com | sha256sum | cut -c1-12
        Assert.Equal("p-7c33b2e6eb98", PersonId.FromEmail(" Alice@Contoso.com ").Pseudonym);
    }

    [Fact]
    public void Two_people_get_two_pseudonyms_and_neither_shows_the_address()
    {
        var alice = PersonId.FromEmail("alice@contoso.com").Pseudonym;
        var bob = PersonId.FromEmail("bob@contoso.com").Pseudonym;

        Assert.NotEqual(alice, bob);
        Assert.DoesNotContain("alice", alice, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("contoso", bob, StringComparison.OrdinalIgnoreCase);
    }
}
