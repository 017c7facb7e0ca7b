namespace PostApprovalBot.Host.Seed;

public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Path of the seed file, relative to the content root; empty applies nothing.</summary>
    public string? Path { get; set; }
}
