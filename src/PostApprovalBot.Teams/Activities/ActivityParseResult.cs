namespace PostApprovalBot.Teams.Activities;

/// <summary>The outcome of reading a request body: an activity, or the reason to answer 400.</summary>
public abstract record ActivityParseResult
{
    private ActivityParseResult()
    {
    }

    public sealed record Parsed(Activity Activity) : ActivityParseResult;

    /// <summary>The body is not an activity; answer 400 with <see cref="Reason"/>.</summary>
    public sealed record Rejected(string Reason) : ActivityParseResult;

    /// <summary>The body is over <see cref="ActivityParser.MaxBodyBytes"/>; answer 413 without reading the rest.</summary>
    public sealed record TooLarge : ActivityParseResult;
}
