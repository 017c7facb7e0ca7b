using PostApprovalBot.Core.Policy;
using static PostApprovalBot.Core.Tests.Builders.Posts;

namespace PostApprovalBot.Core.Tests.Policy;

[Trait("Category", "Domain")]
public sealed class PersonalDataTests
{
    [Fact]
    public void Email_address_is_flagged_and_pointed_at()
    {
        const string text = "Questions? Write to jane.doe@example.org today.";

        var finding = Assert.Single(Check(text).Findings);

        Assert.Equal("personal-data.email", finding.Code);
        Assert.Equal(FindingSeverity.Flag, finding.Severity);
        Assert.Equal("jane.doe@example.org", finding.Marked(text));
    }

    [Theory]
    [InlineData("+33 1 23 45 67 89")]
    [InlineData("(555) 123-4567")]
    [InlineData("0612345678")]
    [InlineData("01.23.45.67.89")]
    public void Phone_number_with_eight_or_more_digits_is_flagged(string phone)
    {
        var text = $"Call {phone} for details.";

        var finding = Assert.Single(Check(text).Findings);

        Assert.Equal("personal-data.phone", finding.Code);
        Assert.False(finding.Blocks);
        Assert.Contains(finding.Marked(text), phone);
    }

    [Theory]
    [InlineData("Call 123-4567 for details.")]
    [InlineData("Extension 12 34 56.")]
    public void Number_with_fewer_than_eight_digits_is_not_a_phone_number(string text)
    {
        Assert.Empty(Check(text).Findings);
    }

    [Theory]
    [InlineData("Founded in 1998, still growing in 2025.")]
    [InlineData("From 1998 to 2025 we grew tenfold.")]
    [InlineData("Serving customers 1998-2025.")]
    [InlineData("Serving customers 1998 – 2025.")]
    [InlineData("The offer ends on 2025-06-30.")]
    [InlineData("The offer ends on 30.06.2025.")]
    [InlineData("The offer ends on 06/30/2025.")]
    [InlineData("Doors open 2025-06-30 at 09:00.")]
    public void Dates_and_years_are_not_phone_numbers(string text)
    {
        Assert.Empty(Check(text).Findings);
    }

    [Fact]
    public void Phone_number_next_to_a_date_is_still_flagged()
    {
        const string text = "On 2025-06-30 call +33 1 23 45 67 89.";

        var finding = Assert.Single(Check(text).Findings);

        Assert.Equal("+33 1 23 45 67 89", finding.Marked(text));
    }
}
