using PostApprovalBot.Core.Audit;
using PostApprovalBot.Core.Audit.Explorer;
using PostApprovalBot.Core.Audit.Verification;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Tests.Builders;
using PostApprovalBot.Core.Tests.Fakes;

namespace PostApprovalBot.Core.Tests.Audit;

/// <summary>Drafts of two accounts, refusals and admin changes over a few days, in an in-memory archive and draft store.</summary>
public sealed class AuditTrailWorld
{
    public const string LinkedIn = "linkedin-acme";
    public const string X = "x-acme";
    public static readonly DateOnly Day1 = DateOnly.FromDateTime(Company.Monday.UtcDateTime);

    public InMemoryAuditArchive Archive { get; } = new();
    public InMemoryDraftStore Drafts { get; } = new();
    public AuditVerifier Verifier => new(Archive);
    public AuditExplorer Explorer => new(Archive, Drafts, Verifier);

    public static DateTimeOffset On(int day, int minute = 0) => Company.Monday.AddDays(day - 1).AddMinutes(minute);

    /// <summary>A draft of the account with one event per (action, actor), a minute apart from <paramref name="at"/>.</summary>
    public async Task DraftAsync(string id, string account, DateTimeOffset at, params (string Action, Person Actor)[] events)
    {
        var draft = new Company().Submitted() with { Id = id, AccountId = account };
        await Drafts.CommitAsync(new DraftChange(null, draft, null, [], []), null, default);
        foreach (var (e, i) in events.Select((e, i) => (e, i)))
            Archive.Append(AuditStreams.Drafts, new AuditEvent(id, e.Action, e.Actor, at.AddMinutes(i), 1, null, "InReview", $"event {i + 1}"));
    }

    public void Logged(string subject, string action, Person actor, DateTimeOffset at, string? after = null, string? details = null) =>
        Archive.Append(AuditStreams.Log, new AuditEvent(subject, action, actor, at, null, null, after, details));

    public Task<AuditSearch> SearchAsync(int fromDay, int toDay, AuditEventFilter? filter = null, int take = 100) =>
        Explorer.SearchAsync(new AuditQuery(Day1.AddDays(fromDay - 1), Day1.AddDays(toDay - 1), filter ?? new AuditEventFilter()), take, default);
}
