using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Tests.Builders;

/// <summary>The people of the test company; names hint at their role so tests read without a legend.</summary>
public static class Staff
{
    public static readonly Person Sam = Person.FromEmail("sam@acme.example", "Sam Spokes");
    public static readonly Person Owen = Person.FromEmail("owen@acme.example", "Owen Owner");
    public static readonly Person Lea = Person.FromEmail("lea@acme.example", "Lea Legal");
    public static readonly Person Leo = Person.FromEmail("leo@acme.example", "Leo Legal");
    public static readonly Person Cora = Person.FromEmail("cora@acme.example", "Cora Compliance");
    public static readonly Person Cole = Person.FromEmail("cole@acme.example", "Cole Compliance");
    public static readonly Person Mia = Person.FromEmail("mia@acme.example", "Mia Comms");
    public static readonly Person Max = Person.FromEmail("max@acme.example", "Max Comms");
    public static readonly Person Nina = Person.FromEmail("nina@acme.example", "Nina Nobody");
}
