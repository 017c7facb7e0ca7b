using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Policy;
using static PostApprovalBot.Core.Tests.Builders.Posts;

namespace PostApprovalBot.Core.Tests.Policy;

[Trait("Category", "Domain")]
public sealed class LinkAllowListTests
{
    private static readonly PolicySettings AcmeOnly = PolicySettings.Default with { AllowedLinkDomains = ["acme.example"] };

    [Theory]
    [InlineData("https://acme.example/jobs")]
    [InlineData("https://careers.acme.example/jobs")]
    [InlineData("HTTP://WWW.ACME.EXAMPLE")]
    public void Link_to_an_allowed_domain_or_its_subdomain_passes(string link)
    {
        Assert.Empty(Check($"Join us: {link}", settings: AcmeOnly).Findings);
    }

    [Theory]
    [InlineData("https://evil.example/acme.example")]
    [InlineData("https://notacme.example/jobs")]
    [InlineData("https://acme.example.evil.example/jobs")]
    public void Link_to_another_domain_is_blocked(string link)
    {
        var finding = Assert.Single(Check($"Join us: {link}", settings: AcmeOnly).Findings);

        Assert.Equal("link.domain-not-allowed", finding.Code);
        Assert.True(finding.Blocks);
    }

    [Fact]
    public void Blocked_link_in_the_text_is_pointed_at()
    {
        const string text = "Read more at https://evil.example/story now.";

        var finding = Assert.Single(Check(text, settings: AcmeOnly).Findings);

        Assert.Equal("https://evil.example/story", finding.Marked(text));
    }

    [Fact]
    public void Link_ending_a_sentence_is_judged_without_its_full_stop()
    {
        const string text = "Read more at https://acme.example.";

        Assert.Empty(Check(text, settings: AcmeOnly).Findings);
    }

    [Fact]
    public void Link_in_brackets_is_judged_without_the_bracket()
    {
        const string text = "Our report (https://evil.example/report) is out.";

        var finding = Assert.Single(Check(text, settings: AcmeOnly).Findings);

        Assert.Equal("https://evil.example/report", finding.Marked(text));
    }

    [Fact]
    public void Link_with_brackets_of_its_own_keeps_them()
    {
        const string text = "See https://evil.example/wiki/Lyon_(city) for more.";

        var finding = Assert.Single(Check(text, settings: AcmeOnly).Findings);

        Assert.Equal("https://evil.example/wiki/Lyon_(city)", finding.Marked(text));
    }

    [Fact]
    public void Attached_link_to_another_domain_is_blocked()
    {
        var content = new DraftContent("See the attached article.", ["https://evil.example/article"], null, null);

        var finding = Assert.Single(Check(content, AcmeOnly).Findings);

        Assert.Equal("link.domain-not-allowed", finding.Code);
    }

    [Fact]
    public void Attached_link_that_is_not_a_web_link_is_blocked()
    {
        var content = new DraftContent("See the attached file.", ["ftp://acme.example/file"], null, null);

        var finding = Assert.Single(Check(content, AcmeOnly).Findings);

        Assert.Equal("link.invalid", finding.Code);
    }

    [Fact]
    public void Without_an_allow_list_every_link_passes()
    {
        Assert.Empty(Check("Read https://anything.example/x", settings: PolicySettings.Default).Findings);
    }
}
