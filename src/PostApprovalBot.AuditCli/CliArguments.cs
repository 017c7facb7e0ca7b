namespace PostApprovalBot.AuditCli;

/// <summary>The command word and its <c>--name value</c> options; a name given twice or without a value is an error.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string> _options;

    private CliArguments(string command, Dictionary<string, string> options)
    {
        Command = command;
        _options = options;
    }

    public string Command { get; }

    public static CliArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        if (args.Count == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            error = "Name a command: verify, export or repair.";
            return null;
        }
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i += 2)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                error = $"'{name}' needs a value (--name value).";
                return null;
            }
            if (!options.TryAdd(name[2..], args[i + 1]))
            {
                error = $"'{name}' is given twice.";
                return null;
            }
        }
        return new CliArguments(args[0], options);
    }

    public string? Get(string name) => _options.GetValueOrDefault(name);

    public IEnumerable<string> Names => _options.Keys;

    public bool TryGetDay(string name, out DateOnly day, out string? error)
    {
        day = default;
        error = null;
        if (Get(name) is not { } text)
        {
            error = $"--{name} is required (yyyy-MM-dd, UTC).";
            return false;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out day)) return true;
        error = $"--{name} '{text}' is not a date (yyyy-MM-dd).";
        return false;
    }
}
