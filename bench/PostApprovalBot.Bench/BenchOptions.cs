using System.Globalization;

namespace PostApprovalBot.Bench;

/// <summary>Command line: <c>--drafts N --concurrency C --probe-posts P --scale 1000,100000 --skip-load --skip-scale</c>.</summary>
public sealed record BenchOptions
{
    public int Drafts { get; init; } = 300;

    public int Concurrency { get; init; } = 100;

    /// <summary>Posts sent one at a time through the core to measure the decision path alone.</summary>
    public int ProbePosts { get; init; } = 20;

    /// <summary>
    /// Drafts in storage for the "my drafts" / "waiting for me" comparison. Azurite's inserts slow down as its
    /// in-memory tables grow, so 100,000 does not fill in reasonable time there (README, Performance).
    /// </summary>
    public IReadOnlyList<int> ScaleSizes { get; init; } = [1_000, 10_000];

    public bool Load { get; init; } = true;

    public bool Scale { get; init; } = true;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--drafts" => options with { Drafts = Positive(Next()) },
                "--concurrency" => options with { Concurrency = Positive(Next()) },
                "--probe-posts" => options with { ProbePosts = Positive(Next()) },
                "--scale" => options with { ScaleSizes = Next().Split(',').Select(Positive).ToList() },
                "--skip-load" => options with { Load = false },
                "--skip-scale" => options with { Scale = false },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --drafts N --concurrency C --probe-posts P --scale N1,N2 --skip-load --skip-scale"),
            };
        }
        return options;
    }

    private static int Positive(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"'{text}' is not a positive number.");
}
