using System.Globalization;

namespace PostApprovalBot.Bench;

/// <summary>The command line; <see cref="Usage"/> says what each option does.</summary>
public sealed record BenchOptions
{
    public const string Usage = """
        Usage: bash scripts/bench.sh [options]
          (default)            the load run, then the burst suite, then the list and growth probes at --scale sizes
          --burst              the burst suite and the growth probe only (no load run, no list probe)
          --drafts N           load run: posts taken through 3 stages (300)
          --concurrency C      load run: concurrent clients (100)
          --probe-posts P      load run: posts decided one at a time through DraftService (20)
          --clicks N           burst: approve clicks per channel, Slack and Teams, each on its own draft (1000)
          --burst-clients C    burst: clients released together, also the raw storage ceiling's workers (100)
          --submissions N      burst: submissions released together, per channel (100)
          --lag-sample N       burst: clicks sampled for the inbox lag, one at a time (100; 0 skips it)
          --instances N        burst: hosts on the same storage, requests spread over them in turn (1)
          --scale N1,N2        drafts in storage for the list probe and the growth probe (100,10000)
          --skip-load  --skip-burst  --skip-lists  --skip-growth
          --skip-scale         both --skip-lists and --skip-growth
          --help               this text
        """;

    public int Drafts { get; init; } = 300;

    public int Concurrency { get; init; } = 100;

    /// <summary>Posts sent one at a time through the core to measure the decision path alone.</summary>
    public int ProbePosts { get; init; } = 20;

    public int Clicks { get; init; } = 1_000;

    public int BurstClients { get; init; } = 100;

    public int Submissions { get; init; } = 100;

    public int LagSample { get; init; } = 100;

    /// <summary>Bot instances on one storage for the burst suite, as a scaled-out App Service runs them (in one process here).</summary>
    public int Instances { get; init; } = 1;

    /// <summary>
    /// Drafts in storage for the list probe and the growth probe. Azurite's inserts slow down as its in-memory tables
    /// grow, so 100,000 does not fill in reasonable time there (README, Performance).
    /// </summary>
    public IReadOnlyList<int> ScaleSizes { get; init; } = [100, 10_000];

    public bool Load { get; init; } = true;

    public bool Burst { get; init; } = true;

    /// <summary>"My drafts" and "waiting for me" at each size.</summary>
    public bool Lists { get; init; } = true;

    /// <summary>Review-clock pass and submission cost at each size.</summary>
    public bool Growth { get; init; } = true;

    public bool Help { get; init; }

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
                "--clicks" => options with { Clicks = Positive(Next()) },
                "--burst-clients" => options with { BurstClients = Positive(Next()) },
                "--submissions" => options with { Submissions = Positive(Next()) },
                "--lag-sample" => options with { LagSample = Count(Next()) },
                "--instances" => options with { Instances = Positive(Next()) },
                "--scale" => options with { ScaleSizes = Next().Split(',').Select(Positive).ToList() },
                "--burst" => options with { Load = false, Lists = false, Burst = true },
                "--skip-load" => options with { Load = false },
                "--skip-burst" => options with { Burst = false },
                "--skip-lists" => options with { Lists = false },
                "--skip-growth" => options with { Growth = false },
                "--skip-scale" => options with { Lists = false, Growth = false },
                "--help" or "-h" => options with { Help = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}"),
            };
        }
        return options;
    }

    /// <summary>The options as they would be typed, for the report's header.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"--drafts {Drafts} --concurrency {Concurrency} --probe-posts {ProbePosts} --clicks {Clicks} --burst-clients {BurstClients} --submissions {Submissions} --lag-sample {LagSample} --instances {Instances} --scale {string.Join(',', ScaleSizes)}")
        + (Load ? "" : " --skip-load") + (Burst ? "" : " --skip-burst") + (Lists ? "" : " --skip-lists") + (Growth ? "" : " --skip-growth");

    private static int Positive(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"'{text}' is not a positive number.");

    private static int Count(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new ArgumentException($"'{text}' is not a number.");
}
